package org.acme.cleanarchitecture.application.users;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;
import org.acme.cleanarchitecture.application.common.security.Sha256;

/**
 * Issues an access token with a refresh token. Refresh tokens are 256 random bits, opaque to the
 * client; only their SHA-256 hash is stored, so a copy of the database cannot be used to log in. A
 * plain hash suffices because the tokens are random, unlike passwords.
 */
@ApplicationScoped
public class TokenPairs {

  private static final int REFRESH_TOKEN_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final AccessTokenIssuer accessTokens;
  private final RefreshTokenStore refreshTokens;
  private final TokenLifetimes lifetimes;
  private final Clock clock;

  public TokenPairs(
      AccessTokenIssuer accessTokens,
      RefreshTokenStore refreshTokens,
      TokenLifetimes lifetimes,
      Clock clock) {
    this.accessTokens = accessTokens;
    this.refreshTokens = refreshTokens;
    this.lifetimes = lifetimes;
    this.clock = clock;
  }

  /** The first pair of a new session, after a login. */
  public TokenPairDto startSession(UserAccount account) {
    return continueSession(account, UUID.randomUUID());
  }

  /** The next pair of a session, after its previous refresh token was spent. */
  public TokenPairDto continueSession(UserAccount account, UUID familyId) {
    var bytes = new byte[REFRESH_TOKEN_BYTES];
    RANDOM.nextBytes(bytes);
    var refreshToken = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    refreshTokens.add(
        new StoredRefreshToken(
            hashOf(refreshToken),
            familyId,
            account.id(),
            clock.instant().plus(lifetimes.refreshToken()),
            false,
            false));
    var accessToken = accessTokens.issue(account);
    return new TokenPairDto(
        "Bearer", accessToken.value(), accessToken.lifetime().toSeconds(), refreshToken);
  }

  /** The SHA-256 of a refresh token, in hex: the only form in which it is stored. */
  public static String hashOf(String refreshToken) {
    return Sha256.hexOf(refreshToken);
  }
}
