package org.acme.cleanarchitecture.infrastructure.identity;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;

/**
 * The caller as Quarkus Security authenticated them from the bearer token, identified as {@link
 * UserIds} says. Outside a request, such as at startup, the caller is anonymous.
 */
@ApplicationScoped
class SecurityIdentityCurrentUser implements CurrentUser {

  private final Instance<SecurityIdentity> identity;

  SecurityIdentityCurrentUser(Instance<SecurityIdentity> identity) {
    this.identity = identity;
  }

  @Override
  public Optional<String> id() {
    return current().flatMap(UserIds::of);
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
