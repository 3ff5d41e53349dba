package org.acme.cleanarchitecture.application.users.commands.refreshtokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.acme.cleanarchitecture.application.common.exceptions.UnauthorizedAccessException;
import org.acme.cleanarchitecture.application.common.security.Roles;
import org.acme.cleanarchitecture.application.testsupport.FakeAccessTokenIssuer;
import org.acme.cleanarchitecture.application.testsupport.FakeClock;
import org.acme.cleanarchitecture.application.testsupport.InMemoryRefreshTokenStore;
import org.acme.cleanarchitecture.application.testsupport.InMemoryUserAccounts;
import org.acme.cleanarchitecture.application.users.RefreshTokenStore;
import org.acme.cleanarchitecture.application.users.StoredRefreshToken;
import org.acme.cleanarchitecture.application.users.TokenPairDto;
import org.acme.cleanarchitecture.application.users.TokenPairs;
import org.acme.cleanarchitecture.application.users.UserAccount;
import org.junit.jupiter.api.Test;

class RefreshTokensHandlerTest {

  private static final Duration REFRESH_LIFETIME = Duration.ofDays(14);
  private static final String INVALID = "The refresh token is not valid.";
  private static final UserAccount ADA =
      new UserAccount("ada-id", "ada@example.com", "hash", Set.of(Roles.USER));

  private final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
  private final InMemoryRefreshTokenStore refreshTokens = new InMemoryRefreshTokenStore();
  private final FakeAccessTokenIssuer accessTokens = new FakeAccessTokenIssuer();
  private final FakeClock clock = new FakeClock();
  private final TokenPairs tokenPairs =
      new TokenPairs(accessTokens, refreshTokens, () -> REFRESH_LIFETIME, clock);
  private final RefreshTokensHandler handler = handlerOn(refreshTokens);

  RefreshTokensHandlerTest() {
    accounts.add(ADA);
  }

  @Test
  void shouldExchangeTheRefreshTokenForANewPair() {
    var login = tokenPairs.startSession(ADA);

    var refreshed = refresh(login);

    assertThat(refreshed.refreshToken()).isNotEqualTo(login.refreshToken());
    assertThat(refreshed.accessToken()).isNotEqualTo(login.accessToken());
    assertThat(accessTokens.issuedTo()).containsExactly(ADA, ADA);
  }

  @Test
  void shouldSpendTheTokenItExchanges() {
    var login = tokenPairs.startSession(ADA);

    refresh(login);

    assertThat(stored(login)).hasValueSatisfying(token -> assertThat(token.spent()).isTrue());
  }

  @Test
  void shouldKeepTheNewTokenInTheSessionsFamily() {
    var login = tokenPairs.startSession(ADA);

    var refreshed = refresh(login);

    assertThat(stored(refreshed))
        .hasValueSatisfying(
            token -> {
              assertThat(token.familyId()).isEqualTo(stored(login).orElseThrow().familyId());
              assertThat(token.spent()).isFalse();
              assertThat(token.revoked()).isFalse();
            });
  }

  @Test
  void shouldAcceptEachNewTokenOnceInTurn() {
    var pair = tokenPairs.startSession(ADA);

    for (var rotation = 0; rotation < 3; rotation++) {
      pair = refresh(pair);
    }

    assertThat(refreshTokens.all()).hasSize(4).filteredOn(StoredRefreshToken::spent).hasSize(3);
  }

  @Test
  void shouldRefuseASpentTokenAndEndItsWholeSession() {
    var login = tokenPairs.startSession(ADA);
    var refreshed = refresh(login);

    assertThatThrownBy(() -> refresh(login))
        .isInstanceOf(UnauthorizedAccessException.class)
        .hasMessage(INVALID);
    assertThat(refreshTokens.all()).hasSize(2).allMatch(StoredRefreshToken::revoked);
    assertThatThrownBy(() -> refresh(refreshed)).isInstanceOf(UnauthorizedAccessException.class);
  }

  @Test
  void shouldLeaveTheAccountsOtherSessionsAloneWhenATokenIsReused() {
    var login = tokenPairs.startSession(ADA);
    var otherSession = tokenPairs.startSession(ADA);
    refresh(login);

    catchThrowable(() -> refresh(login));

    assertThat(stored(otherSession))
        .hasValueSatisfying(token -> assertThat(token.revoked()).isFalse());
  }

  @Test
  void shouldTreatATokenSpentByAConcurrentRequestAsReused() {
    var login = tokenPairs.startSession(ADA);
    var racingHandler = handlerOn(new SpentByAnotherRequestMeanwhile(refreshTokens));

    assertThatThrownBy(() -> racingHandler.handle(new RefreshTokensCommand(login.refreshToken())))
        .isInstanceOf(UnauthorizedAccessException.class)
        .hasMessage(INVALID);
    assertThat(stored(login)).hasValueSatisfying(token -> assertThat(token.revoked()).isTrue());
  }

  @Test
  void shouldRefuseAnUnknownToken() {
    tokenPairs.startSession(ADA);

    assertThatThrownBy(() -> handler.handle(new RefreshTokensCommand("never-issued")))
        .isInstanceOf(UnauthorizedAccessException.class)
        .hasMessage(INVALID);
    assertThat(refreshTokens.all()).hasSize(1).noneMatch(StoredRefreshToken::revoked);
  }

  @Test
  void shouldAcceptATokenUntilItsLifetimeEnds() {
    var login = tokenPairs.startSession(ADA);
    clock.advance(REFRESH_LIFETIME.minusSeconds(1));

    assertThat(refresh(login).refreshToken()).isNotBlank();
  }

  @Test
  void shouldRefuseAnExpiredToken() {
    var login = tokenPairs.startSession(ADA);
    clock.advance(REFRESH_LIFETIME);

    assertThatThrownBy(() -> refresh(login))
        .isInstanceOf(UnauthorizedAccessException.class)
        .hasMessage(INVALID);
  }

  @Test
  void shouldRefuseARevokedToken() {
    var login = tokenPairs.startSession(ADA);
    refreshTokens.revokeAllOf(ADA.id());

    assertThatThrownBy(() -> refresh(login))
        .isInstanceOf(UnauthorizedAccessException.class)
        .hasMessage(INVALID);
  }

  @Test
  void shouldRefuseATokenWhoseAccountIsGone() {
    var gone = new UserAccount("gone-id", "gone@example.com", "hash", Set.of(Roles.USER));
    var login = tokenPairs.startSession(gone);

    assertThatThrownBy(() -> refresh(login))
        .isInstanceOf(UnauthorizedAccessException.class)
        .hasMessage(INVALID);
    assertThat(accessTokens.issuedTo()).containsExactly(gone);
  }

  private TokenPairDto refresh(TokenPairDto pair) {
    return handler.handle(new RefreshTokensCommand(pair.refreshToken()));
  }

  private Optional<StoredRefreshToken> stored(TokenPairDto pair) {
    return refreshTokens.findByHash(TokenPairs.hashOf(pair.refreshToken()));
  }

  private RefreshTokensHandler handlerOn(RefreshTokenStore store) {
    return new RefreshTokensHandler(store, accounts, tokenPairs, clock);
  }

  /**
   * A store in which another request with the same token spends it just after this request found it
   * unspent: the race that the store's conditional {@code spend} decides.
   */
  private record SpentByAnotherRequestMeanwhile(RefreshTokenStore store)
      implements RefreshTokenStore {

    @Override
    public Optional<StoredRefreshToken> findByHash(String tokenHash) {
      var found = store.findByHash(tokenHash);
      store.spend(tokenHash);
      return found;
    }

    @Override
    public boolean spend(String tokenHash) {
      return store.spend(tokenHash);
    }

    @Override
    public void add(StoredRefreshToken token) {
      store.add(token);
    }

    @Override
    public void revokeFamily(UUID familyId) {
      store.revokeFamily(familyId);
    }

    @Override
    public void revokeAllOf(String userId) {
      store.revokeAllOf(userId);
    }
  }
}
