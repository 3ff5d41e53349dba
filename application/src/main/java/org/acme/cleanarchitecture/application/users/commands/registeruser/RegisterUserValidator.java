package org.acme.cleanarchitecture.application.users.commands.registeruser;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationFailure;
import org.acme.cleanarchitecture.application.common.validation.RequestValidator;
import org.acme.cleanarchitecture.application.common.validation.ValidationMessages;
import org.acme.cleanarchitecture.application.users.UserAccounts;

/** The rule of {@link RegisterUserCommand} that needs the stored accounts: one per address. */
@ApplicationScoped
class RegisterUserValidator implements RequestValidator<RegisterUserCommand> {

  private final UserAccounts accounts;

  RegisterUserValidator(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public List<ValidationFailure> validate(RegisterUserCommand command) {
    if (command.email() != null && accounts.findByEmail(command.email()).isPresent()) {
      return List.of(new ValidationFailure("email", ValidationMessages.EMAIL_TAKEN));
    }
    return List.of();
  }
}
