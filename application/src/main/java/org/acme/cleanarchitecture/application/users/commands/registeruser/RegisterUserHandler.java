package org.acme.cleanarchitecture.application.users.commands.registeruser;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.acme.cleanarchitecture.application.common.mediator.CommandHandler;
import org.acme.cleanarchitecture.application.common.security.Roles;
import org.acme.cleanarchitecture.application.users.PasswordHasher;
import org.acme.cleanarchitecture.application.users.UserAccount;
import org.acme.cleanarchitecture.application.users.UserAccounts;

@ApplicationScoped
class RegisterUserHandler implements CommandHandler<RegisterUserCommand, String> {

  private final UserAccounts accounts;
  private final PasswordHasher passwordHasher;

  RegisterUserHandler(UserAccounts accounts, PasswordHasher passwordHasher) {
    this.accounts = accounts;
    this.passwordHasher = passwordHasher;
  }

  @Override
  public String handle(RegisterUserCommand command) {
    var account =
        UserAccount.create(
            command.email(), passwordHasher.hash(command.password()), Set.of(Roles.USER));
    accounts.add(account);
    return account.id();
  }
}
