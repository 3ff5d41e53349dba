package org.acme.cleanarchitecture.application.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.acme.cleanarchitecture.application.common.security.Roles;
import org.acme.cleanarchitecture.application.common.security.Sha256;
import org.acme.cleanarchitecture.application.testsupport.FakeAccessTokenIssuer;
import org.acme.cleanarchitecture.application.testsupport.FakeClock;
import org.acme.cleanarchitecture.application.testsupport.InMemoryRefreshTokenStore;
import org.junit.jupiter.api.Test;

class TokenPairsTest {

  private static final Duration REFRESH_LIFETIME = Duration.ofDays(14);
  private static final UserAccount ADA =
      new UserAccount("ada-id", "ada@example.com", "hash", Set.of(Roles.USER));

  private final FakeAccessTokenIssuer accessTokens = new FakeAccessTokenIssuer();
  private final InMemoryRefreshTokenStore refreshTokens = new InMemoryRefreshTokenStore();
  private final FakeClock clock = new FakeClock();
  private final TokenPairs tokenPairs =
      new TokenPairs(accessTokens, refreshTokens, () -> REFRESH_LIFETIME, clock);

  @Test
  void shouldIssueABearerAccessTokenForTheAccount() {
    var pair = tokenPairs.startSession(ADA);

    assertThat(pair.tokenType()).isEqualTo("Bearer");
    assertThat(pair.accessToken()).isEqualTo("access-token-1");
    assertThat(pair.expiresIn()).isEqualTo(FakeAccessTokenIssuer.LIFETIME.toSeconds());
    assertThat(accessTokens.issuedTo()).containsExactly(ADA);
  }

  @Test
  void shouldStoreTheRefreshTokenOnlyAsItsSha256() {
    var pair = tokenPairs.startSession(ADA);

    assertThat(refreshTokens.all())
        .singleElement()
        .returns(Sha256.hexOf(pair.refreshToken()), StoredRefreshToken::tokenHash);
    assertThat(refreshTokens.all().toString()).doesNotContain(pair.refreshToken());
  }

  @Test
  void shouldStoreAFreshTokenOfTheAccountThatExpiresAfterItsLifetime() {
    var pair = tokenPairs.startSession(ADA);

    assertThat(refreshTokens.findByHash(TokenPairs.hashOf(pair.refreshToken())))
        .hasValueSatisfying(
            stored -> {
              assertThat(stored.userId()).isEqualTo(ADA.id());
              assertThat(stored.expiresAt()).isEqualTo(clock.instant().plus(REFRESH_LIFETIME));
              assertThat(stored.spent()).isFalse();
              assertThat(stored.revoked()).isFalse();
            });
  }

  @Test
  void shouldIssueRefreshTokensOf256RandomBits() {
    var first = tokenPairs.startSession(ADA).refreshToken();
    var second = tokenPairs.startSession(ADA).refreshToken();

    // 32 bytes are 43 characters of unpadded URL-safe Base64.
    assertThat(first).matches("[A-Za-z0-9_-]{43}");
    assertThat(second).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(first);
  }

  @Test
  void shouldStartEverySessionAsAFamilyOfItsOwn() {
    tokenPairs.startSession(ADA);
    tokenPairs.startSession(ADA);

    assertThat(refreshTokens.all())
        .extracting(StoredRefreshToken::familyId)
        .doesNotHaveDuplicates();
  }

  @Test
  void shouldContinueASessionInItsFamily() {
    var family = UUID.randomUUID();

    tokenPairs.continueSession(ADA, family);

    assertThat(refreshTokens.all()).singleElement().returns(family, StoredRefreshToken::familyId);
  }
}
