package org.acme.cleanarchitecture.api.common.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.acme.cleanarchitecture.api.common.problems.RouteRefusal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a browser's request from a foreign origin with problem details, like every other refusal.
 * Quarkus's CORS filter, which runs next, refuses such a request with a bare 403 and no body, and
 * it cannot be told otherwise. So this route comes first and refuses what that filter surely
 * refuses: an origin that {@code quarkus.http.cors.origins} does not allow, exactly or by a {@code
 * /regex/}, on another host than the one the request was sent to. It leaves every other request to
 * the filter, which alone decides whether an origin on the service's own host is the service's own,
 * and which adds the CORS headers to what it allows.
 */
@ApplicationScoped
class ForeignOrigins {

  /** Quarkus adds its CORS filter as a route of this order: its filter priority, 300, negated. */
  private static final int CORS_FILTER_ORDER = -300;

  private static final String REFUSAL = "Browsers may not call the API from this origin.";

  private final boolean corsEnabled;
  private final List<String> allowedOrigins;
  private final List<Pattern> allowedOriginPatterns;

  ForeignOrigins(
      @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false")
          boolean corsEnabled,
      @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins) {
    this.corsEnabled = corsEnabled;
    this.allowedOrigins = origins.orElse(List.of());
    this.allowedOriginPatterns =
        allowedOrigins.stream()
            .filter(origin -> origin.length() > 1 && origin.startsWith("/") && origin.endsWith("/"))
            .map(origin -> Pattern.compile(origin.substring(1, origin.length() - 1)))
            .toList();
  }

  void refuseWithProblemDetails(@Observes Router router) {
    if (corsEnabled) {
      router.route().order(CORS_FILTER_ORDER - 1).handler(this::refuseIfForeign);
    }
  }

  private void refuseIfForeign(RoutingContext context) {
    var origin = context.request().getHeader(HttpHeaders.ORIGIN);
    if (origin == null || isAllowed(origin) || namesTheRequestedHost(origin, context.request())) {
      context.next();
    } else {
      context.fail(403, new RouteRefusal(REFUSAL));
    }
  }

  private boolean isAllowed(String origin) {
    return allowedOrigins.contains("*")
        || allowedOrigins.contains(origin)
        || allowedOriginPatterns.stream().anyMatch(pattern -> pattern.matcher(origin).matches());
  }

  /** An origin that does not even parse names no host, so it is foreign. */
  private static boolean namesTheRequestedHost(String origin, HttpServerRequest request) {
    var requested = request.authority();
    try {
      var host = new URI(origin).getHost();
      return requested != null && host != null && bare(host).equals(bare(requested.host()));
    } catch (URISyntaxException unparsable) {
      return false;
    }
  }

  /** A host name in one form: lower case, and an IPv6 address without its brackets. */
  private static String bare(String host) {
    return host.toLowerCase(Locale.ROOT).replace("[", "").replace("]", "");
  }
}
