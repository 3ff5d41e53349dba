package org.acme.cleanarchitecture.infrastructure.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.acme.cleanarchitecture.application.users.StoredRefreshToken;

/** How a refresh token's hash and its state are stored. */
@Entity
@Table(name = "refresh_tokens")
class RefreshTokenEntity {

  @Id
  @Column(name = "token_hash")
  String tokenHash;

  @Column(name = "family_id")
  UUID familyId;

  @Column(name = "user_id")
  String userId;

  @Column(name = "expires_at")
  Instant expiresAt;

  @Column(name = "spent_at")
  Instant spentAt;

  @Column(name = "revoked_at")
  Instant revokedAt;

  static RefreshTokenEntity from(StoredRefreshToken token) {
    var entity = new RefreshTokenEntity();
    entity.tokenHash = token.tokenHash();
    entity.familyId = token.familyId();
    entity.userId = token.userId();
    entity.expiresAt = token.expiresAt();
    return entity;
  }

  StoredRefreshToken toToken() {
    return new StoredRefreshToken(
        tokenHash, familyId, userId, expiresAt, spentAt != null, revokedAt != null);
  }
}
