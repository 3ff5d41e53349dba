package org.acme.cleanarchitecture.application.users.commands.logout;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.mediator.CommandHandler;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.acme.cleanarchitecture.application.users.RefreshTokenStore;
import org.acme.cleanarchitecture.application.users.TokenPairs;

/**
 * As in OAuth 2.0 token revocation (RFC 7009), a token that is unknown, already revoked or another
 * user's changes nothing and is not reported: the answer tells a caller nothing about tokens.
 */
@ApplicationScoped
class LogoutHandler implements CommandHandler<LogoutCommand, Void> {

  private final RefreshTokenStore refreshTokens;
  private final CurrentUser currentUser;

  LogoutHandler(RefreshTokenStore refreshTokens, CurrentUser currentUser) {
    this.refreshTokens = refreshTokens;
    this.currentUser = currentUser;
  }

  @Override
  public Void handle(LogoutCommand command) {
    var caller = currentUser.requireId();
    refreshTokens
        .findByHash(TokenPairs.hashOf(command.refreshToken()))
        .filter(token -> token.userId().equals(caller))
        .ifPresent(token -> refreshTokens.revokeFamily(token.familyId()));
    return null;
  }
}
