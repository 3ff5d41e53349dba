package org.acme.cleanarchitecture.application.users.commands.refreshtokens;

import jakarta.validation.constraints.NotBlank;
import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.common.security.AllowAnonymous;
import org.acme.cleanarchitecture.application.common.validation.ValidationMessages;
import org.acme.cleanarchitecture.application.users.TokenPairDto;

/**
 * Exchanges a refresh token for a new pair. The token is spent: presenting it again ends the
 * session it belongs to, since only a stolen copy would be presented twice.
 */
@AllowAnonymous
public record RefreshTokensCommand(
    @NotBlank(message = ValidationMessages.REFRESH_TOKEN_REQUIRED) String refreshToken)
    implements Command<TokenPairDto> {

  @Override
  public String toString() {
    return "RefreshTokensCommand[refreshToken=***]";
  }
}
