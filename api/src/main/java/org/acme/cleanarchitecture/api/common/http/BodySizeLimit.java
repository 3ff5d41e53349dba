package org.acme.cleanarchitecture.api.common.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request body over {@code quarkus.http.limits.max-body-size} with 413, so that an
 * oversized body costs the service neither memory nor parsing. Quarkus enforces the same limit, but
 * answers with an empty body; refusing first, by failing the route, lets the route failure handler
 * answer with problem details.
 */
@ApplicationScoped
class BodySizeLimit {

  private final long maxBodySize;
  private final BodyHandler chunkedBodyReader;

  BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
    this.maxBodySize = limit.asLongValue();
    this.chunkedBodyReader = BodyHandler.create(false).setBodyLimit(maxBodySize);
  }

  void refuseOversizedBodies(@Observes Router router) {
    router
        .route()
        .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
        .handler(this::refuseOversizedBody);
  }

  private void refuseOversizedBody(RoutingContext context) {
    var declaredLength = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (declaredLength == null) {
      // Sent in chunks: read here, and refused as soon as it passes the limit.
      chunkedBodyReader.handle(context);
    } else if (Long.parseLong(declaredLength) > maxBodySize) {
      // Refused unread, so the connection cannot carry another request after this one.
      context
          .response()
          .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
          .endHandler(ended -> context.request().connection().close());
      context.fail(413);
    } else {
      context.next();
    }
  }
}
