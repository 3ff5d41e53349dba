package org.acme.cleanarchitecture.application.users;

import java.time.Duration;

/** Issues the signed, short-lived access tokens that callers present as bearer tokens. */
public interface AccessTokenIssuer {

  AccessToken issue(UserAccount account);

  /** The public keys that verify the tokens, as a JSON Web Key Set (RFC 7517). */
  String jsonWebKeySet();

  /**
   * @param value the encoded token
   * @param lifetime how long it is valid from now
   */
  record AccessToken(String value, Duration lifetime) {}
}
