package org.acme.cleanarchitecture.application.users;

import java.time.Instant;
import java.util.UUID;

/**
 * What the service keeps of a refresh token it issued: a hash of it, never the token itself.
 *
 * @param tokenHash {@link TokenPairs#hashOf} of the token
 * @param familyId shared by every token rotated from one login, so a reused token revokes them all
 * @param spent whether it has been exchanged for a new pair; a token is spent at most once
 * @param revoked whether logout, a password change or a detected reuse ended its family
 */
public record StoredRefreshToken(
    String tokenHash,
    UUID familyId,
    String userId,
    Instant expiresAt,
    boolean spent,
    boolean revoked) {

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
