package org.acme.cleanarchitecture.application.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.acme.cleanarchitecture.application.users.RefreshTokenStore;
import org.acme.cleanarchitecture.application.users.StoredRefreshToken;

/**
 * A {@link RefreshTokenStore} in memory, for use case tests that need no database. Like the real
 * one, it spends a token at most once and keeps revoked tokens, marked, rather than forgetting
 * them.
 */
public final class InMemoryRefreshTokenStore implements RefreshTokenStore {

  private final Map<String, StoredRefreshToken> tokens = new LinkedHashMap<>();

  @Override
  public void add(StoredRefreshToken token) {
    if (tokens.putIfAbsent(token.tokenHash(), token) != null) {
      throw new IllegalStateException("A token with this hash is already stored");
    }
  }

  @Override
  public Optional<StoredRefreshToken> findByHash(String tokenHash) {
    return Optional.ofNullable(tokens.get(tokenHash));
  }

  @Override
  public boolean spend(String tokenHash) {
    var token = tokens.get(tokenHash);
    if (token == null || token.spent()) {
      return false;
    }
    tokens.put(
        tokenHash,
        new StoredRefreshToken(
            tokenHash, token.familyId(), token.userId(), token.expiresAt(), true, token.revoked()));
    return true;
  }

  @Override
  public void revokeFamily(UUID familyId) {
    revokeEvery(token -> token.familyId().equals(familyId));
  }

  @Override
  public void revokeAllOf(String userId) {
    revokeEvery(token -> token.userId().equals(userId));
  }

  /** Every token stored, in the order they were added. */
  public List<StoredRefreshToken> all() {
    return List.copyOf(tokens.values());
  }

  private void revokeEvery(Predicate<StoredRefreshToken> selected) {
    tokens.replaceAll(
        (hash, token) ->
            selected.test(token)
                ? new StoredRefreshToken(
                    hash, token.familyId(), token.userId(), token.expiresAt(), token.spent(), true)
                : token);
  }
}
