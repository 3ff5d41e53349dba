package org.acme.cleanarchitecture.infrastructure.identity;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The caller of an HTTP request as the routes that run before any resource need it (the rate limit,
 * the user id in the logs): the user id of a bearer token that passed verification, as {@link
 * UserIds} reads it, or none. A token that failed verification counts as none, so a subject in an
 * unverified token is never trusted. Resolved once per request, however many routes ask.
 *
 * <p>Authentication is lazy in this service, so Quarkus has only put a deferred identity in the
 * routing context. Quarkus reports a failed authentication once, when that identity is first
 * resolved, to the handler in the routing context, which would fail the request right there (with a
 * 500). So that handler is set aside while the identity is resolved here: the failure is left for
 * Quarkus REST to report as before, when a resource that needs the caller resolves the identity
 * again, gets the same failure and answers with 401.
 */
@ApplicationScoped
public class VerifiedCallers {

  private static final String RESOLVED = VerifiedCallers.class.getName();

  /** Reports nothing: see the class comment. */
  private static final BiConsumer<RoutingContext, Throwable> UNREPORTED = (context, failure) -> {};

  private final IdentityProviderManager identities;

  VerifiedCallers(IdentityProviderManager identities) {
    this.identities = identities;
  }

  /**
   * The verified caller's user id, or none. The identity may be resolved on another thread than the
   * request's: a route continues on the request's own context.
   */
  public Uni<Optional<String>> userId(RoutingContext context) {
    Uni<Optional<String>> resolved = context.get(RESOLVED);
    if (resolved == null) {
      resolved = resolve(context).memoize().indefinitely();
      context.put(RESOLVED, resolved);
    }
    return resolved;
  }

  private Uni<Optional<String>> resolve(RoutingContext context) {
    BiConsumer<RoutingContext, Throwable> reporter =
        context.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
    context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, UNREPORTED);
    return QuarkusHttpUser.getSecurityIdentity(context, identities)
        .map(UserIds::of)
        .onFailure()
        .recoverWithItem(Optional.empty())
        .invoke(() -> context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, reporter));
  }
}
