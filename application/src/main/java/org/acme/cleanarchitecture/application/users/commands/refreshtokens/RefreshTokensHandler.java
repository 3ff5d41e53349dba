package org.acme.cleanarchitecture.application.users.commands.refreshtokens;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.acme.cleanarchitecture.application.common.exceptions.UnauthorizedAccessException;
import org.acme.cleanarchitecture.application.common.mediator.CommandHandler;
import org.acme.cleanarchitecture.application.users.RefreshTokenStore;
import org.acme.cleanarchitecture.application.users.TokenPairDto;
import org.acme.cleanarchitecture.application.users.TokenPairs;
import org.acme.cleanarchitecture.application.users.UserAccounts;

@ApplicationScoped
class RefreshTokensHandler implements CommandHandler<RefreshTokensCommand, TokenPairDto> {

  static final String INVALID_REFRESH_TOKEN = "The refresh token is not valid.";

  private final RefreshTokenStore refreshTokens;
  private final UserAccounts accounts;
  private final TokenPairs tokenPairs;
  private final Clock clock;

  RefreshTokensHandler(
      RefreshTokenStore refreshTokens, UserAccounts accounts, TokenPairs tokenPairs, Clock clock) {
    this.refreshTokens = refreshTokens;
    this.accounts = accounts;
    this.tokenPairs = tokenPairs;
    this.clock = clock;
  }

  @Override
  public TokenPairDto handle(RefreshTokensCommand command) {
    var hash = TokenPairs.hashOf(command.refreshToken());
    var token =
        refreshTokens
            .findByHash(hash)
            .filter(found -> !found.revoked() && !found.isExpiredAt(clock.instant()))
            .orElseThrow(RefreshTokensHandler::invalid);
    // Spent before, or by a concurrent request just now: either way a copy is in other hands.
    if (token.spent() || !refreshTokens.spend(hash)) {
      refreshTokens.revokeFamily(token.familyId());
      throw invalid();
    }
    var account = accounts.findById(token.userId()).orElseThrow(RefreshTokensHandler::invalid);
    return tokenPairs.continueSession(account, token.familyId());
  }

  private static UnauthorizedAccessException invalid() {
    return new UnauthorizedAccessException(INVALID_REFRESH_TOKEN);
  }
}
