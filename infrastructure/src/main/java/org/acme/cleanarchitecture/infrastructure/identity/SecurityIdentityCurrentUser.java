package org.acme.cleanarchitecture.infrastructure.identity;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller as Quarkus Security authenticated them from the bearer token. The user id is the
 * token's subject ({@code sub}), which never changes, unlike a name or an e-mail address. Outside a
 * request, such as at startup, the caller is anonymous.
 */
@ApplicationScoped
class SecurityIdentityCurrentUser implements CurrentUser {

  // The longest user id the database stores; a longer subject is treated as no identity at all.
  private static final int MAX_ID_LENGTH = 255;

  private final Instance<SecurityIdentity> identity;

  SecurityIdentityCurrentUser(Instance<SecurityIdentity> identity) {
    this.identity = identity;
  }

  @Override
  public Optional<String> id() {
    return current()
        .filter(caller -> !caller.isAnonymous())
        .map(SecurityIdentity::getPrincipal)
        .filter(JsonWebToken.class::isInstance)
        .map(principal -> ((JsonWebToken) principal).getSubject())
        .filter(subject -> subject != null && !subject.isBlank())
        .filter(subject -> subject.length() <= MAX_ID_LENGTH);
  }

  @Override
  public boolean isInRole(String role) {
    return current().map(caller -> caller.hasRole(role)).orElse(false);
  }

  private Optional<SecurityIdentity> current() {
    return Arc.container().requestContext().isActive()
        ? Optional.of(identity.get())
        : Optional.empty();
  }
}
