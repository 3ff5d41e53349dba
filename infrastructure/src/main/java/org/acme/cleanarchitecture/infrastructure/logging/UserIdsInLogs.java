package org.acme.cleanarchitecture.infrastructure.logging;

import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.acme.cleanarchitecture.infrastructure.identity.VerifiedCallers;
import org.jboss.logging.MDC;

/**
 * Puts the verified caller's user id in the logging diagnostic context, under {@code userId}, for
 * every line logged while handling the request, so that one user's requests can be found in the
 * log; a caller without a valid token has none. Only the id of a token that passed verification
 * ({@link VerifiedCallers}), never a name or an e-mail address.
 *
 * <p>A Vert.x route, so that the lines the routes after it log carry the id too, the rate limit's
 * among them. Quarkus keeps the diagnostic context of each request in its own Vert.x context, so
 * the id follows the request onto the worker thread and never leaks into another.
 */
@ApplicationScoped
class UserIdsInLogs {

  /** The key of the id in the logging diagnostic context: {@code %X{userId}} in a format. */
  static final String LOG_KEY = "userId";

  /**
   * After Quarkus has put the deferred identity in the routing context (authentication runs at
   * {@code -AUTHENTICATION}), before the rate limit ({@code -AUTHORIZATION - 1}).
   */
  private static final int ORDER = -SecurityHandlerPriorities.AUTHORIZATION - 2;

  private final VerifiedCallers verifiedCallers;

  UserIdsInLogs(VerifiedCallers verifiedCallers) {
    this.verifiedCallers = verifiedCallers;
  }

  void logTheUserOfEveryRequest(@Observes Router router) {
    router.route().order(ORDER).handler(this::putUserId);
  }

  private void putUserId(RoutingContext context) {
    var requestContext = Vertx.currentContext();
    verifiedCallers
        .userId(context)
        // The identity may be resolved on another thread; the id belongs to the request's context.
        .emitOn(task -> requestContext.runOnContext(ignored -> task.run()))
        .subscribe()
        .with(
            userId -> {
              userId.ifPresent(id -> MDC.put(LOG_KEY, id));
              context.next();
            },
            context::fail);
  }
}
