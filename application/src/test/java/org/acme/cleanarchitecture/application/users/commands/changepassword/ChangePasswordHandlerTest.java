package org.acme.cleanarchitecture.application.users.commands.changepassword;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.acme.cleanarchitecture.application.common.security.Roles;
import org.acme.cleanarchitecture.application.testsupport.FakeAccessTokenIssuer;
import org.acme.cleanarchitecture.application.testsupport.FakeClock;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.acme.cleanarchitecture.application.testsupport.FakePasswordHasher;
import org.acme.cleanarchitecture.application.testsupport.InMemoryRefreshTokenStore;
import org.acme.cleanarchitecture.application.testsupport.InMemoryUserAccounts;
import org.acme.cleanarchitecture.application.users.PasswordHasher.Verification;
import org.acme.cleanarchitecture.application.users.StoredRefreshToken;
import org.acme.cleanarchitecture.application.users.TokenPairs;
import org.acme.cleanarchitecture.application.users.UserAccount;
import org.junit.jupiter.api.Test;

class ChangePasswordHandlerTest {

  private static final String OLD_PASSWORD = "correct horse battery staple";
  private static final String NEW_PASSWORD = "a new and longer passphrase";

  private final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
  private final FakePasswordHasher passwordHasher = new FakePasswordHasher();
  private final InMemoryRefreshTokenStore refreshTokens = new InMemoryRefreshTokenStore();
  private final TokenPairs tokenPairs =
      new TokenPairs(
          new FakeAccessTokenIssuer(), refreshTokens, () -> Duration.ofDays(14), new FakeClock());
  private final UserAccount ada = registered("ada");
  private final UserAccount bob = registered("bob");
  private final ChangePasswordHandler handler =
      new ChangePasswordHandler(
          accounts, passwordHasher, refreshTokens, FakeCurrentUser.user(ada.id()));

  @Test
  void shouldStoreAHashOfTheNewPassword() {
    handler.handle(new ChangePasswordCommand(OLD_PASSWORD, NEW_PASSWORD));

    var stored = accounts.findById(ada.id()).orElseThrow().passwordHash();
    assertThat(passwordHasher.verify(NEW_PASSWORD, stored)).isEqualTo(Verification.MATCH);
    assertThat(passwordHasher.verify(OLD_PASSWORD, stored)).isEqualTo(Verification.MISMATCH);
  }

  @Test
  void shouldEndEverySessionOfTheAccount() {
    var phone = tokenPairs.startSession(ada);
    tokenPairs.continueSession(ada, familyOf(phone.refreshToken()));
    tokenPairs.startSession(ada);

    handler.handle(new ChangePasswordCommand(OLD_PASSWORD, NEW_PASSWORD));

    assertThat(refreshTokens.all()).hasSize(3).allMatch(StoredRefreshToken::revoked);
  }

  @Test
  void shouldLeaveOtherAccountsAlone() {
    tokenPairs.startSession(bob);

    handler.handle(new ChangePasswordCommand(OLD_PASSWORD, NEW_PASSWORD));

    assertThat(refreshTokens.all()).singleElement().returns(false, StoredRefreshToken::revoked);
    assertThat(accounts.findById(bob.id()))
        .hasValueSatisfying(account -> assertThat(account).isEqualTo(bob));
  }

  private UserAccount registered(String name) {
    var account =
        new UserAccount(
            name + "-id",
            name + "@example.com",
            passwordHasher.hash(OLD_PASSWORD),
            Set.of(Roles.USER));
    accounts.add(account);
    return account;
  }

  private UUID familyOf(String refreshToken) {
    return refreshTokens.findByHash(TokenPairs.hashOf(refreshToken)).orElseThrow().familyId();
  }
}
