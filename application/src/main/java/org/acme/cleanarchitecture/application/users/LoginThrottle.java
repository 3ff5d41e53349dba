package org.acme.cleanarchitecture.application.users;

import org.acme.cleanarchitecture.application.common.exceptions.TooManyRequestsException;

/**
 * Limits password guessing: failed logins are counted per account and per client address, and
 * further attempts are refused for a while once either count reaches its limit.
 */
public interface LoginThrottle {

  /**
   * @throws TooManyRequestsException if the account or the caller's address has failed too often
   */
  void checkAllowed(String email);

  void recordFailure(String email);

  /** Clears the account's failures; the address keeps its count. */
  void recordSuccess(String email);
}
