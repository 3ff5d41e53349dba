package org.acme.cleanarchitecture.application.users.commands.registeruser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationFailure;
import org.acme.cleanarchitecture.application.common.security.Roles;
import org.acme.cleanarchitecture.application.testsupport.InMemoryUserAccounts;
import org.acme.cleanarchitecture.application.users.UserAccount;
import org.junit.jupiter.api.Test;

class RegisterUserValidatorTest {

  private static final String PASSWORD = "correct horse battery staple";
  private static final ValidationFailure EMAIL_TAKEN =
      new ValidationFailure("email", "An account with this email address already exists.");
  private static final ValidationFailure PASSWORD_CONTAINS_EMAIL =
      new ValidationFailure(
          "password",
          "The password must have at least 12 characters besides the email address or its part"
              + " before the @.");

  private final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
  private final RegisterUserValidator validator = new RegisterUserValidator(accounts);

  RegisterUserValidatorTest() {
    accounts.add(new UserAccount("ada-id", "ada@example.com", "hash", Set.of(Roles.USER)));
  }

  @Test
  void shouldAcceptAnUnusedEmailAddress() {
    assertThat(validator.validate(new RegisterUserCommand("bob@example.com", PASSWORD))).isEmpty();
  }

  @Test
  void shouldRefuseAnEmailAddressAnAccountHas() {
    assertThat(validator.validate(new RegisterUserCommand("ada@example.com", PASSWORD)))
        .containsExactly(EMAIL_TAKEN);
  }

  @Test
  void shouldRefuseAnEmailAddressAnAccountHasWrittenDifferently() {
    assertThat(validator.validate(new RegisterUserCommand(" ADA@example.com", PASSWORD)))
        .containsExactly(EMAIL_TAKEN);
  }

  @Test
  void shouldRefuseAPasswordThatIsLittleMoreThanTheEmailAddress() {
    assertThat(
            validator.validate(new RegisterUserCommand("bob.smith@example.com", "bob.smith1234")))
        .containsExactly(PASSWORD_CONTAINS_EMAIL);
  }

  @Test
  void shouldReportEveryBrokenRuleAtOnce() {
    assertThat(validator.validate(new RegisterUserCommand("ada@example.com", "ada@example.com")))
        .containsExactly(EMAIL_TAKEN, PASSWORD_CONTAINS_EMAIL);
  }

  @Test
  void shouldLeaveAMissingEmailAddressToTheAnnotations() {
    assertThat(validator.validate(new RegisterUserCommand(null, PASSWORD))).isEmpty();
  }
}
