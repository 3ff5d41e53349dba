package org.acme.cleanarchitecture.application.users;

import java.util.Optional;
import java.util.UUID;

/** The refresh tokens the service has issued, found by their hash. */
public interface RefreshTokenStore {

  void add(StoredRefreshToken token);

  Optional<StoredRefreshToken> findByHash(String tokenHash);

  /**
   * Marks the token spent, unless it already is.
   *
   * @return whether this call spent it: false when another request spent it first
   */
  boolean spend(String tokenHash);

  /**
   * Revokes every token of the family. Takes effect even if the request that calls it fails
   * afterwards, because a detected reuse must stay revoked when that request answers 401.
   */
  void revokeFamily(UUID familyId);

  /** Revokes every token of the account, with the rest of the current transaction. */
  void revokeAllOf(String userId);
}
