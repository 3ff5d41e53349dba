package org.acme.cleanarchitecture.api.common.http;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells browsers how to treat every response: not to guess its content type, not to show it in a
 * frame, not to pass its address on, and over HTTPS to use nothing else from then on. A response of
 * the API is data, never a page, so it may load nothing at all; only the pages Quarkus serves,
 * Swagger UI and in development Dev UI, run scripts of their own.
 *
 * <p>A Vert.x route rather than a Jakarta REST filter, so that the headers also reach what Quarkus
 * REST never sees: health, OpenAPI, Swagger UI and the refusals Vert.x makes itself.
 */
@ApplicationScoped
class SecurityHeaders {

  private static final List<String> PAGES = List.of("/q/swagger-ui", "/q/dev-ui");
  private static final String ONE_YEAR_IN_SECONDS = "31536000";

  void addToEveryResponse(@Observes Router router) {
    router
        .route()
        .order(RouteConstants.ROUTE_ORDER_HEADERS)
        .handler(
            context -> {
              var headers = forResponse(context.normalizedPath(), context.request().scheme());
              // One by one: setAll would first clear what a handler of the same order has set,
              // such as the request id.
              headers.forEach(context.response()::putHeader);
              context.next();
            });
  }

  /**
   * The headers for a response to a request for this path over this scheme. The scheme is the one
   * the client used: behind a proxy that ends TLS, Quarkus takes it from the forwarded headers once
   * {@code quarkus.http.proxy.proxy-address-forwarding} is on.
   */
  static Map<String, String> forResponse(String path, String scheme) {
    var headers = new LinkedHashMap<String, String>();
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("X-Frame-Options", "DENY");
    headers.put("Referrer-Policy", "no-referrer");
    if (PAGES.stream().noneMatch(path::startsWith)) {
      headers.put("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }
    if ("https".equals(scheme)) {
      headers.put(
          "Strict-Transport-Security", "max-age=" + ONE_YEAR_IN_SECONDS + "; includeSubDomains");
    }
    return headers;
  }
}
