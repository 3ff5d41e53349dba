package org.acme.cleanarchitecture.application.users.commands.registeruser;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationFailure;
import org.acme.cleanarchitecture.application.common.validation.RequestValidator;
import org.acme.cleanarchitecture.application.common.validation.ValidationMessages;
import org.acme.cleanarchitecture.application.users.EmailInPassword;
import org.acme.cleanarchitecture.application.users.UserAccounts;

/**
 * The rules of {@link RegisterUserCommand} that one field's annotations cannot state: one account
 * per address, and a password that is more than the address.
 */
@ApplicationScoped
class RegisterUserValidator implements RequestValidator<RegisterUserCommand> {

  private final UserAccounts accounts;

  RegisterUserValidator(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public List<ValidationFailure> validate(RegisterUserCommand command) {
    var failures = new ArrayList<ValidationFailure>();
    if (command.email() != null && accounts.findByEmail(command.email()).isPresent()) {
      failures.add(new ValidationFailure("email", ValidationMessages.EMAIL_TAKEN));
    }
    failures.addAll(EmailInPassword.check("password", command.password(), command.email()));
    return failures;
  }
}
