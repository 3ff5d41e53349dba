package org.acme.cleanarchitecture.api.users;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With an external issuer, accounts, passwords, sessions and keys all live at the OpenID Connect
 * provider, so the endpoints for them answer 404 here, exactly as an address the service lacks.
 */
@Provider
@OwnAccounts
class OwnAccountsFilter implements ContainerRequestFilter {

  private final boolean externalIssuer;

  OwnAccountsFilter(
      @ConfigProperty(name = "app.identity.tokens.external-issuer") Optional<String> issuer) {
    externalIssuer = issuer.isPresent();
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (externalIssuer) {
      throw new NotFoundException();
    }
  }
}
