package org.acme.cleanarchitecture.application.users.commands.registeruser;

import static org.assertj.core.api.Assertions.assertThat;

import org.acme.cleanarchitecture.application.testsupport.FakePasswordHasher;
import org.acme.cleanarchitecture.application.testsupport.InMemoryUserAccounts;
import org.acme.cleanarchitecture.application.users.PasswordHasher.Verification;
import org.junit.jupiter.api.Test;

class RegisterUserHandlerTest {

  private static final String PASSWORD = "correct horse battery staple";

  private final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
  private final FakePasswordHasher passwordHasher = new FakePasswordHasher();
  private final RegisterUserHandler handler = new RegisterUserHandler(accounts, passwordHasher);

  @Test
  void shouldOpenAnAccountWithTheRoleUser() {
    var id = handler.handle(new RegisterUserCommand("ada@example.com", PASSWORD));

    assertThat(accounts.findById(id))
        .hasValueSatisfying(
            account -> {
              assertThat(account.email()).isEqualTo("ada@example.com");
              assertThat(account.roles()).containsExactly("User");
            });
  }

  @Test
  void shouldStoreTheEmailAddressNormalised() {
    var id = handler.handle(new RegisterUserCommand("  Ada@Example.COM ", PASSWORD));

    assertThat(accounts.findByEmail("ada@example.com"))
        .hasValueSatisfying(account -> assertThat(account.id()).isEqualTo(id));
  }

  @Test
  void shouldStoreAHashOfThePasswordNeverThePassword() {
    var id = handler.handle(new RegisterUserCommand("ada@example.com", PASSWORD));

    var stored = accounts.findById(id).orElseThrow().passwordHash();
    assertThat(stored).doesNotContain(PASSWORD);
    assertThat(passwordHasher.verify(PASSWORD, stored)).isEqualTo(Verification.MATCH);
  }

  @Test
  void shouldGiveEveryAccountAnIdOfItsOwn() {
    var ada = handler.handle(new RegisterUserCommand("ada@example.com", PASSWORD));
    var bob = handler.handle(new RegisterUserCommand("bob@example.com", PASSWORD));

    assertThat(ada).isNotEqualTo(bob);
  }
}
