package org.acme.cleanarchitecture.application.testsupport;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.acme.cleanarchitecture.application.common.exceptions.TooManyRequestsException;
import org.acme.cleanarchitecture.application.users.LoginThrottle;
import org.acme.cleanarchitecture.application.users.UserAccount;

/**
 * A {@link LoginThrottle} that counts failures per account, as the real one does outside an HTTP
 * request, and refuses an account at its limit until a success clears it; its window never ends.
 */
public final class FakeLoginThrottle implements LoginThrottle {

  private final int maxFailures;
  private final Map<String, Integer> failures = new HashMap<>();

  public FakeLoginThrottle(int maxFailures) {
    this.maxFailures = maxFailures;
  }

  @Override
  public void checkAllowed(String email) {
    if (failuresOf(email) >= maxFailures) {
      throw new TooManyRequestsException(
          "Too many failed logins; try again later.", Duration.ofMinutes(15));
    }
  }

  @Override
  public void recordFailure(String email) {
    failures.merge(UserAccount.normaliseEmail(email), 1, Integer::sum);
  }

  @Override
  public void recordSuccess(String email) {
    failures.remove(UserAccount.normaliseEmail(email));
  }

  public int failuresOf(String email) {
    return failures.getOrDefault(UserAccount.normaliseEmail(email), 0);
  }
}
