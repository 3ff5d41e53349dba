package org.acme.cleanarchitecture.application.users.commands.changepassword;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.acme.cleanarchitecture.application.common.exceptions.TooManyRequestsException;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationFailure;
import org.acme.cleanarchitecture.application.common.security.Roles;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.acme.cleanarchitecture.application.testsupport.FakeLoginThrottle;
import org.acme.cleanarchitecture.application.testsupport.FakePasswordHasher;
import org.acme.cleanarchitecture.application.testsupport.InMemoryUserAccounts;
import org.acme.cleanarchitecture.application.users.UserAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ChangePasswordValidatorTest {

  private static final String PASSWORD = "correct horse battery staple";
  private static final String NEW_PASSWORD = "a new and longer passphrase";

  private final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
  private final FakePasswordHasher passwordHasher = new FakePasswordHasher();
  private final FakeLoginThrottle throttle = new FakeLoginThrottle(2);
  private final ChangePasswordValidator validator =
      new ChangePasswordValidator(
          accounts, passwordHasher, throttle, FakeCurrentUser.user("ada-id"));

  ChangePasswordValidatorTest() {
    accounts.add(
        new UserAccount(
            "ada-id", "ada@example.com", passwordHasher.hash(PASSWORD), Set.of(Roles.USER)));
  }

  @Test
  void shouldAcceptTheCurrentPassword() {
    assertThat(validator.validate(new ChangePasswordCommand(PASSWORD, NEW_PASSWORD))).isEmpty();
  }

  @Test
  void shouldRefuseAWrongCurrentPassword() {
    assertThat(validator.validate(new ChangePasswordCommand("not the password", NEW_PASSWORD)))
        .containsExactly(
            new ValidationFailure("currentPassword", "The current password is not correct."));
  }

  @Test
  void shouldRefuseANewPasswordThatIsLittleMoreThanTheEmailAddress() {
    assertThat(validator.validate(new ChangePasswordCommand(PASSWORD, "ada@example.com!")))
        .containsExactly(
            new ValidationFailure(
                "newPassword",
                "The password must have at least 12 characters besides the email address or its"
                    + " part before the @."));
  }

  @Test
  void shouldCountAWrongCurrentPasswordAsAFailedLogin() {
    validator.validate(new ChangePasswordCommand("not the password", NEW_PASSWORD));

    assertThat(throttle.failuresOf("ada@example.com")).isEqualTo(1);
  }

  @Test
  void shouldRefuseGuessingOnceTheLoginLimitIsReachedEvenWithTheRightPassword() {
    validator.validate(new ChangePasswordCommand("first guess", NEW_PASSWORD));
    validator.validate(new ChangePasswordCommand("second guess", NEW_PASSWORD));

    assertThatThrownBy(() -> validator.validate(new ChangePasswordCommand(PASSWORD, NEW_PASSWORD)))
        .isInstanceOf(TooManyRequestsException.class);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = "   ")
  void shouldLeaveAMissingCurrentPasswordToTheAnnotations(String currentPassword) {
    assertThat(validator.validate(new ChangePasswordCommand(currentPassword, NEW_PASSWORD)))
        .isEmpty();
    assertThat(throttle.failuresOf("ada@example.com")).isZero();
  }
}
