package org.acme.cleanarchitecture.application.users.commands.login;

import jakarta.validation.constraints.NotBlank;
import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.common.security.AllowAnonymous;
import org.acme.cleanarchitecture.application.common.validation.ValidationMessages;
import org.acme.cleanarchitecture.application.users.TokenPairDto;
import org.acme.cleanarchitecture.application.users.UserAccount;

/**
 * Checks an account's password and starts a session: an access token and a refresh token. Only
 * presence is validated: any other check would tell a guesser more than "incorrect".
 */
@AllowAnonymous
public record LoginCommand(
    @NotBlank(message = ValidationMessages.EMAIL_REQUIRED) String email,
    @NotBlank(message = ValidationMessages.PASSWORD_REQUIRED) String password)
    implements Command<TokenPairDto> {

  public LoginCommand {
    email = UserAccount.normaliseEmail(email);
  }

  @Override
  public String toString() {
    return "LoginCommand[email=" + email + ", password=***]";
  }
}
