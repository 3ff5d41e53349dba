package org.acme.cleanarchitecture.api.testsupport;

import io.quarkus.redis.datasource.RedisDataSource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The failed logins the login throttle has counted in the test Redis. Every test calls from the
 * same address, so failures that tests make on purpose would add up, across tests and runs, to the
 * limit per address and then refuse the logins of tests that expect to succeed: a test that fails
 * logins forgets every count first, and a test that reaches a limit forgets them afterwards too.
 */
@ApplicationScoped
public class LoginFailures {

  /** Every key the login throttle keeps starts with this. */
  private static final String THROTTLE_KEYS = "login-throttle:*";

  private final RedisDataSource redis;

  LoginFailures(RedisDataSource redis) {
    this.redis = redis;
  }

  public void forgetAll() {
    var keys = redis.key().keys(THROTTLE_KEYS);
    if (!keys.isEmpty()) {
      redis.key().del(keys.toArray(String[]::new));
    }
  }
}
