package org.acme.cleanarchitecture.application.users.commands.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Set;
import org.acme.cleanarchitecture.application.common.exceptions.TooManyRequestsException;
import org.acme.cleanarchitecture.application.common.exceptions.UnauthorizedAccessException;
import org.acme.cleanarchitecture.application.common.security.Roles;
import org.acme.cleanarchitecture.application.testsupport.FakeAccessTokenIssuer;
import org.acme.cleanarchitecture.application.testsupport.FakeClock;
import org.acme.cleanarchitecture.application.testsupport.FakeLoginThrottle;
import org.acme.cleanarchitecture.application.testsupport.FakePasswordHasher;
import org.acme.cleanarchitecture.application.testsupport.InMemoryRefreshTokenStore;
import org.acme.cleanarchitecture.application.testsupport.InMemoryUserAccounts;
import org.acme.cleanarchitecture.application.users.PasswordHasher.Verification;
import org.acme.cleanarchitecture.application.users.StoredRefreshToken;
import org.acme.cleanarchitecture.application.users.TokenPairs;
import org.acme.cleanarchitecture.application.users.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginHandlerTest {

  private static final String ADA_EMAIL = "ada@example.com";
  private static final String PASSWORD = "correct horse battery staple";
  private static final int MAX_FAILURES = 3;

  private final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
  private final FakePasswordHasher passwordHasher = new FakePasswordHasher();
  private final FakeLoginThrottle throttle = new FakeLoginThrottle(MAX_FAILURES);
  private final FakeAccessTokenIssuer accessTokens = new FakeAccessTokenIssuer();
  private final InMemoryRefreshTokenStore refreshTokens = new InMemoryRefreshTokenStore();
  private final LoginHandler handler =
      new LoginHandler(
          accounts,
          passwordHasher,
          throttle,
          new TokenPairs(accessTokens, refreshTokens, () -> Duration.ofDays(14), new FakeClock()));

  private UserAccount ada;

  @BeforeEach
  void registerAda() {
    ada = new UserAccount("ada-id", ADA_EMAIL, passwordHasher.hash(PASSWORD), Set.of(Roles.USER));
    accounts.add(ada);
  }

  @Test
  void shouldStartASessionForTheRightPassword() {
    var pair = handler.handle(new LoginCommand(ADA_EMAIL, PASSWORD));

    assertThat(pair.accessToken()).isEqualTo("access-token-1");
    assertThat(accessTokens.issuedTo()).extracting(UserAccount::id).containsExactly(ada.id());
    assertThat(refreshTokens.findByHash(TokenPairs.hashOf(pair.refreshToken())))
        .hasValueSatisfying(stored -> assertThat(stored.userId()).isEqualTo(ada.id()));
  }

  @Test
  void shouldNeverStoreTheRefreshTokenInClear() {
    var pair = handler.handle(new LoginCommand(ADA_EMAIL, PASSWORD));

    assertThat(refreshTokens.all())
        .extracting(StoredRefreshToken::tokenHash)
        .singleElement()
        .isNotEqualTo(pair.refreshToken());
  }

  @Test
  void shouldFindTheAccountWhateverTheCaseAndSpacesOfTheEmail() {
    var pair = handler.handle(new LoginCommand(" Ada@Example.COM ", PASSWORD));

    assertThat(pair.refreshToken()).isNotBlank();
  }

  @Test
  void shouldRefuseAWrongPassword() {
    assertThatThrownBy(() -> handler.handle(new LoginCommand(ADA_EMAIL, "not the password")))
        .isInstanceOf(UnauthorizedAccessException.class)
        .hasMessage("The email address or password is incorrect.");
    assertThat(refreshTokens.all()).isEmpty();
  }

  @Test
  void shouldRefuseAnUnknownEmailInTheSameWordsAsAWrongPassword() {
    var wrongPassword =
        catchThrowableOfType(
            UnauthorizedAccessException.class,
            () -> handler.handle(new LoginCommand(ADA_EMAIL, "not the password")));

    var unknownEmail =
        catchThrowableOfType(
            UnauthorizedAccessException.class,
            () -> handler.handle(new LoginCommand("nobody@example.com", PASSWORD)));

    assertThat(unknownEmail).hasMessage(wrongPassword.getMessage());
  }

  @Test
  void shouldHashAsMuchForAnUnknownEmailAsForAWrongPassword() {
    var before = passwordHasher.computations();
    catchThrowable(() -> handler.handle(new LoginCommand(ADA_EMAIL, "not the password")));
    var forWrongPassword = passwordHasher.computations() - before;

    catchThrowable(() -> handler.handle(new LoginCommand("nobody@example.com", PASSWORD)));
    var forUnknownEmail = passwordHasher.computations() - before - forWrongPassword;

    assertThat(forWrongPassword).isPositive();
    assertThat(forUnknownEmail).isEqualTo(forWrongPassword);
  }

  @Test
  void shouldRecordAFailureForAWrongPassword() {
    catchThrowable(() -> handler.handle(new LoginCommand(ADA_EMAIL, "not the password")));

    assertThat(throttle.failuresOf(ADA_EMAIL)).isOne();
  }

  @Test
  void shouldRecordAFailureForAnUnknownEmail() {
    catchThrowable(() -> handler.handle(new LoginCommand("nobody@example.com", PASSWORD)));

    assertThat(throttle.failuresOf("nobody@example.com")).isOne();
  }

  @Test
  void shouldClearTheAccountsFailuresOnSuccess() {
    catchThrowable(() -> handler.handle(new LoginCommand(ADA_EMAIL, "not the password")));

    handler.handle(new LoginCommand(ADA_EMAIL, PASSWORD));

    assertThat(throttle.failuresOf(ADA_EMAIL)).isZero();
  }

  @Test
  void shouldRefuseAThrottledAccountEvenTheRightPasswordWithoutCheckingIt() {
    for (var failure = 0; failure < MAX_FAILURES; failure++) {
      throttle.recordFailure(ADA_EMAIL);
    }
    var before = passwordHasher.computations();

    assertThatThrownBy(() -> handler.handle(new LoginCommand(ADA_EMAIL, PASSWORD)))
        .isInstanceOf(TooManyRequestsException.class);
    assertThat(passwordHasher.computations()).isEqualTo(before);
    assertThat(refreshTokens.all()).isEmpty();
    assertThat(throttle.failuresOf(ADA_EMAIL)).isEqualTo(MAX_FAILURES);
  }

  @Test
  void shouldRehashAPasswordHashedWithOutdatedParameters() {
    var grace =
        new UserAccount(
            "grace-id",
            "grace@example.com",
            FakePasswordHasher.outdatedHashOf(PASSWORD),
            Set.of(Roles.USER));
    accounts.add(grace);

    handler.handle(new LoginCommand(grace.email(), PASSWORD));

    assertThat(accounts.findById(grace.id()))
        .hasValueSatisfying(
            account ->
                assertThat(passwordHasher.verify(PASSWORD, account.passwordHash()))
                    .isEqualTo(Verification.MATCH));
  }

  @Test
  void shouldKeepACurrentHashAsItIs() {
    handler.handle(new LoginCommand(ADA_EMAIL, PASSWORD));

    assertThat(accounts.findById(ada.id()))
        .hasValueSatisfying(
            account -> assertThat(account.passwordHash()).isEqualTo(ada.passwordHash()));
  }
}
