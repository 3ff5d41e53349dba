package org.acme.cleanarchitecture.api.common.http;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id, {@code X-Request-Id}, that its answer echoes and every log line of
 * that request holds, so one id ties a client's report, a proxy's log and the service's log
 * together. The caller's id is kept when it is short and made of safe characters, so a gateway's id
 * carries through; anything else could forge or break log lines, and is replaced.
 *
 * <p>A Vert.x route, as for {@link SecurityHeaders}, so that the refusals Quarkus makes itself
 * carry the id too. Quarkus keeps the diagnostic context of each request in its own Vert.x context,
 * so the id follows the request onto the worker thread and never leaks into another.
 */
@ApplicationScoped
public class RequestIds {

  public static final String HEADER = "X-Request-Id";

  /** The key of the id in the logging diagnostic context: {@code %X{requestId}} in a format. */
  public static final String LOG_KEY = "requestId";

  private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  void identifyEveryRequest(@Observes Router router) {
    router
        .route()
        .order(RouteConstants.ROUTE_ORDER_HEADERS)
        .handler(
            context -> {
              var id = acceptedOrNew(context.request().getHeader(HEADER));
              MDC.put(LOG_KEY, id);
              context.response().putHeader(HEADER, id);
              context.next();
            });
  }

  /** The id of the request being handled, or a new one outside any request. */
  public static String current() {
    var id = MDC.get(LOG_KEY);
    return id instanceof String known ? known : UUID.randomUUID().toString();
  }

  static String acceptedOrNew(String offered) {
    return offered != null && ACCEPTED.matcher(offered).matches()
        ? offered
        : UUID.randomUUID().toString();
  }
}
