package org.acme.cleanarchitecture.application.users.commands.changepassword;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.acme.cleanarchitecture.application.common.exceptions.UnauthorizedAccessException;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationFailure;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.acme.cleanarchitecture.application.common.validation.RequestValidator;
import org.acme.cleanarchitecture.application.common.validation.ValidationMessages;
import org.acme.cleanarchitecture.application.users.EmailInPassword;
import org.acme.cleanarchitecture.application.users.LoginThrottle;
import org.acme.cleanarchitecture.application.users.PasswordHasher;
import org.acme.cleanarchitecture.application.users.UserAccounts;

/**
 * The rules that need the stored account: the caller knows the current password, and the new one is
 * more than the account's email address. A wrong current password counts as a failed login, so a
 * stolen access token cannot be used to guess the password faster than the login page allows.
 */
@ApplicationScoped
class ChangePasswordValidator implements RequestValidator<ChangePasswordCommand> {

  private final UserAccounts accounts;
  private final PasswordHasher passwordHasher;
  private final LoginThrottle throttle;
  private final CurrentUser currentUser;

  ChangePasswordValidator(
      UserAccounts accounts,
      PasswordHasher passwordHasher,
      LoginThrottle throttle,
      CurrentUser currentUser) {
    this.accounts = accounts;
    this.passwordHasher = passwordHasher;
    this.throttle = throttle;
    this.currentUser = currentUser;
  }

  @Override
  public List<ValidationFailure> validate(ChangePasswordCommand command) {
    var account =
        accounts.findById(currentUser.requireId()).orElseThrow(UnauthorizedAccessException::new);
    var failures = new ArrayList<ValidationFailure>();
    if (command.currentPassword() != null && !command.currentPassword().isBlank()) {
      throttle.checkAllowed(account.email());
      if (!passwordHasher.verify(command.currentPassword(), account.passwordHash()).matches()) {
        throttle.recordFailure(account.email());
        failures.add(
            new ValidationFailure("currentPassword", ValidationMessages.CURRENT_PASSWORD_WRONG));
      }
    }
    failures.addAll(EmailInPassword.check("newPassword", command.newPassword(), account.email()));
    return failures;
  }
}
