package org.acme.cleanarchitecture.application.users.commands.login;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.exceptions.UnauthorizedAccessException;
import org.acme.cleanarchitecture.application.common.mediator.CommandHandler;
import org.acme.cleanarchitecture.application.users.LoginThrottle;
import org.acme.cleanarchitecture.application.users.PasswordHasher;
import org.acme.cleanarchitecture.application.users.PasswordHasher.Verification;
import org.acme.cleanarchitecture.application.users.TokenPairDto;
import org.acme.cleanarchitecture.application.users.TokenPairs;
import org.acme.cleanarchitecture.application.users.UserAccounts;

/**
 * An unknown address and a wrong password get the same answer after the same work, so neither the
 * message nor the time taken tells a caller which addresses have accounts.
 */
@ApplicationScoped
class LoginHandler implements CommandHandler<LoginCommand, TokenPairDto> {

  static final String LOGIN_FAILED = "The email address or password is incorrect.";

  private final UserAccounts accounts;
  private final PasswordHasher passwordHasher;
  private final LoginThrottle throttle;
  private final TokenPairs tokenPairs;

  LoginHandler(
      UserAccounts accounts,
      PasswordHasher passwordHasher,
      LoginThrottle throttle,
      TokenPairs tokenPairs) {
    this.accounts = accounts;
    this.passwordHasher = passwordHasher;
    this.throttle = throttle;
    this.tokenPairs = tokenPairs;
  }

  @Override
  public TokenPairDto handle(LoginCommand command) {
    throttle.checkAllowed(command.email());
    var found = accounts.findByEmail(command.email());
    if (found.isEmpty()) {
      // As costly as checking a real hash, so the answer comes no sooner.
      passwordHasher.hash(command.password());
      throw failedLogin(command.email());
    }
    var account = found.get();
    var verification = passwordHasher.verify(command.password(), account.passwordHash());
    if (!verification.matches()) {
      throw failedLogin(command.email());
    }
    throttle.recordSuccess(command.email());
    if (verification == Verification.MATCH_NEEDS_REHASH) {
      account = account.withPasswordHash(passwordHasher.hash(command.password()));
      accounts.changePasswordHash(account.id(), account.passwordHash());
    }
    return tokenPairs.startSession(account);
  }

  private UnauthorizedAccessException failedLogin(String email) {
    throttle.recordFailure(email);
    return new UnauthorizedAccessException(LOGIN_FAILED);
  }
}
