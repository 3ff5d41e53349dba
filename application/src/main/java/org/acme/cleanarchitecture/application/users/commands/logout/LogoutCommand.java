package org.acme.cleanarchitecture.application.users.commands.logout;

import jakarta.validation.constraints.NotBlank;
import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.common.validation.ValidationMessages;

/**
 * Ends the caller's session that the refresh token belongs to: it and every token rotated from the
 * same login stop working. Access tokens already issued run out on their own, within minutes.
 */
public record LogoutCommand(
    @NotBlank(message = ValidationMessages.REFRESH_TOKEN_REQUIRED) String refreshToken)
    implements Command<Void> {

  @Override
  public String toString() {
    return "LogoutCommand[refreshToken=***]";
  }
}
