package org.acme.cleanarchitecture.application.users.commands.changepassword;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.mediator.CommandHandler;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.acme.cleanarchitecture.application.users.PasswordHasher;
import org.acme.cleanarchitecture.application.users.RefreshTokenStore;
import org.acme.cleanarchitecture.application.users.UserAccounts;

@ApplicationScoped
class ChangePasswordHandler implements CommandHandler<ChangePasswordCommand, Void> {

  private final UserAccounts accounts;
  private final PasswordHasher passwordHasher;
  private final RefreshTokenStore refreshTokens;
  private final CurrentUser currentUser;

  ChangePasswordHandler(
      UserAccounts accounts,
      PasswordHasher passwordHasher,
      RefreshTokenStore refreshTokens,
      CurrentUser currentUser) {
    this.accounts = accounts;
    this.passwordHasher = passwordHasher;
    this.refreshTokens = refreshTokens;
    this.currentUser = currentUser;
  }

  @Override
  public Void handle(ChangePasswordCommand command) {
    var id = currentUser.requireId();
    accounts.changePasswordHash(id, passwordHasher.hash(command.newPassword()));
    refreshTokens.revokeAllOf(id);
    return null;
  }
}
