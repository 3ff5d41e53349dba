package org.acme.cleanarchitecture.application.users.commands.registeruser;

import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.common.security.AllowAnonymous;
import org.acme.cleanarchitecture.application.users.AcceptablePassword;
import org.acme.cleanarchitecture.application.users.EmailAddress;
import org.acme.cleanarchitecture.application.users.UserAccount;

/**
 * Opens an account with the role {@code User} and returns its id.
 *
 * @param email normalised on arrival; no other account may have it
 */
@AllowAnonymous
public record RegisterUserCommand(@EmailAddress String email, @AcceptablePassword String password)
    implements Command<String> {

  public RegisterUserCommand {
    email = UserAccount.normaliseEmail(email);
  }

  @Override
  public String toString() {
    return "RegisterUserCommand[email=" + email + ", password=***]";
  }
}
