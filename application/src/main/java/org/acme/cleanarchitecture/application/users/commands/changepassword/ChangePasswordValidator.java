package org.acme.cleanarchitecture.application.users.commands.changepassword;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.acme.cleanarchitecture.application.common.exceptions.UnauthorizedAccessException;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationFailure;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.acme.cleanarchitecture.application.common.validation.RequestValidator;
import org.acme.cleanarchitecture.application.common.validation.ValidationMessages;
import org.acme.cleanarchitecture.application.users.PasswordHasher;
import org.acme.cleanarchitecture.application.users.UserAccounts;

/** The rule that needs the stored hash: the caller knows the current password. */
@ApplicationScoped
class ChangePasswordValidator implements RequestValidator<ChangePasswordCommand> {

  private final UserAccounts accounts;
  private final PasswordHasher passwordHasher;
  private final CurrentUser currentUser;

  ChangePasswordValidator(
      UserAccounts accounts, PasswordHasher passwordHasher, CurrentUser currentUser) {
    this.accounts = accounts;
    this.passwordHasher = passwordHasher;
    this.currentUser = currentUser;
  }

  @Override
  public List<ValidationFailure> validate(ChangePasswordCommand command) {
    if (command.currentPassword() == null) {
      return List.of();
    }
    var account =
        accounts.findById(currentUser.requireId()).orElseThrow(UnauthorizedAccessException::new);
    if (passwordHasher.verify(command.currentPassword(), account.passwordHash()).matches()) {
      return List.of();
    }
    return List.of(
        new ValidationFailure("currentPassword", ValidationMessages.CURRENT_PASSWORD_WRONG));
  }
}
