package org.acme.cleanarchitecture.infrastructure.identity;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The user id of a caller Quarkus Security authenticated: the subject ({@code sub}) of the verified
 * bearer token, which never changes, unlike a name or an e-mail address.
 */
public final class UserIds {

  // The longest user id the database stores; a longer subject is treated as no identity at all.
  private static final int MAX_ID_LENGTH = 255;

  private UserIds() {}

  /** None for an anonymous caller, or a token without a usable subject. */
  public static Optional<String> of(SecurityIdentity identity) {
    return Optional.of(identity)
        .filter(caller -> !caller.isAnonymous())
        .map(SecurityIdentity::getPrincipal)
        .filter(JsonWebToken.class::isInstance)
        .map(principal -> ((JsonWebToken) principal).getSubject())
        .filter(subject -> subject != null && !subject.isBlank())
        .filter(subject -> subject.length() <= MAX_ID_LENGTH);
  }
}
