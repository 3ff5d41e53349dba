package org.acme.cleanarchitecture.application.users.commands.changepassword;

import jakarta.validation.constraints.NotBlank;
import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.common.validation.ValidationMessages;
import org.acme.cleanarchitecture.application.users.AcceptablePassword;

/**
 * Replaces the caller's password and ends every session of the account, so whoever knew the old
 * password and logged in with it is logged out.
 */
public record ChangePasswordCommand(
    @NotBlank(message = ValidationMessages.PASSWORD_REQUIRED) String currentPassword,
    @AcceptablePassword String newPassword)
    implements Command<Void> {

  @Override
  public String toString() {
    return "ChangePasswordCommand[currentPassword=***, newPassword=***]";
  }
}
