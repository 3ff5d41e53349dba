package org.acme.cleanarchitecture.application.users.commands.logout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.acme.cleanarchitecture.application.common.exceptions.UnauthorizedAccessException;
import org.acme.cleanarchitecture.application.common.security.Roles;
import org.acme.cleanarchitecture.application.testsupport.FakeAccessTokenIssuer;
import org.acme.cleanarchitecture.application.testsupport.FakeClock;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.acme.cleanarchitecture.application.testsupport.InMemoryRefreshTokenStore;
import org.acme.cleanarchitecture.application.users.StoredRefreshToken;
import org.acme.cleanarchitecture.application.users.TokenPairDto;
import org.acme.cleanarchitecture.application.users.TokenPairs;
import org.acme.cleanarchitecture.application.users.UserAccount;
import org.junit.jupiter.api.Test;

class LogoutHandlerTest {

  private static final UserAccount ADA =
      new UserAccount("ada-id", "ada@example.com", "hash", Set.of(Roles.USER));
  private static final UserAccount BOB =
      new UserAccount("bob-id", "bob@example.com", "hash", Set.of(Roles.USER));

  private final InMemoryRefreshTokenStore refreshTokens = new InMemoryRefreshTokenStore();
  private final TokenPairs tokenPairs =
      new TokenPairs(
          new FakeAccessTokenIssuer(), refreshTokens, () -> Duration.ofDays(14), new FakeClock());
  private final LogoutHandler handler =
      new LogoutHandler(refreshTokens, FakeCurrentUser.user(ADA.id()));

  @Test
  void shouldEndTheWholeSessionOfTheToken() {
    var login = tokenPairs.startSession(ADA);
    var rotated = tokenPairs.continueSession(ADA, familyOf(login));

    handler.handle(new LogoutCommand(rotated.refreshToken()));

    assertThat(refreshTokens.all()).hasSize(2).allMatch(StoredRefreshToken::revoked);
  }

  @Test
  void shouldLeaveTheCallersOtherSessionsAlone() {
    var phone = tokenPairs.startSession(ADA);
    var laptop = tokenPairs.startSession(ADA);

    handler.handle(new LogoutCommand(phone.refreshToken()));

    assertThat(refreshTokens.findByHash(TokenPairs.hashOf(laptop.refreshToken())))
        .hasValueSatisfying(token -> assertThat(token.revoked()).isFalse());
  }

  @Test
  void shouldIgnoreAnotherUsersTokenWithoutSayingSo() {
    var bobs = tokenPairs.startSession(BOB);

    handler.handle(new LogoutCommand(bobs.refreshToken()));

    assertThat(refreshTokens.all()).singleElement().returns(false, StoredRefreshToken::revoked);
  }

  @Test
  void shouldIgnoreAnUnknownTokenWithoutSayingSo() {
    tokenPairs.startSession(ADA);

    handler.handle(new LogoutCommand("never-issued"));

    assertThat(refreshTokens.all()).singleElement().returns(false, StoredRefreshToken::revoked);
  }

  @Test
  void shouldRefuseAnonymousCaller() {
    var login = tokenPairs.startSession(ADA);
    var anonymousHandler = new LogoutHandler(refreshTokens, FakeCurrentUser.anonymous());

    assertThatThrownBy(() -> anonymousHandler.handle(new LogoutCommand(login.refreshToken())))
        .isInstanceOf(UnauthorizedAccessException.class);
    assertThat(refreshTokens.all()).singleElement().returns(false, StoredRefreshToken::revoked);
  }

  private UUID familyOf(TokenPairDto pair) {
    return refreshTokens
        .findByHash(TokenPairs.hashOf(pair.refreshToken()))
        .orElseThrow()
        .familyId();
  }
}
