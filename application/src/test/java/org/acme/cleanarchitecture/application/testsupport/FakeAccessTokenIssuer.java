package org.acme.cleanarchitecture.application.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.acme.cleanarchitecture.application.users.AccessTokenIssuer;
import org.acme.cleanarchitecture.application.users.UserAccount;

/**
 * Issues access tokens that are numbered in the order issued, so a test can tell each from the
 * last, and remembers whom it issued them to.
 */
public final class FakeAccessTokenIssuer implements AccessTokenIssuer {

  public static final Duration LIFETIME = Duration.ofMinutes(15);
  public static final String KEY_SET = "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"test\"}]}";

  private final List<UserAccount> issuedTo = new ArrayList<>();

  @Override
  public AccessToken issue(UserAccount account) {
    issuedTo.add(account);
    return new AccessToken("access-token-" + issuedTo.size(), LIFETIME);
  }

  @Override
  public String jsonWebKeySet() {
    return KEY_SET;
  }

  /** The accounts it has issued tokens to, in order. */
  public List<UserAccount> issuedTo() {
    return List.copyOf(issuedTo);
  }
}
