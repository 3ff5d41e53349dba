package org.acme.cleanarchitecture.infrastructure.ratelimit;

import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.acme.cleanarchitecture.application.common.exceptions.TooManyRequestsException;
import org.acme.cleanarchitecture.application.common.security.Sha256;
import org.acme.cleanarchitecture.infrastructure.http.ClientAddress;
import org.acme.cleanarchitecture.infrastructure.identity.VerifiedCallers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits how many requests each caller sends, at the HTTP edge, so that every request counts, also
 * one refused before any use case runs (an invalid token, unreadable JSON, an unknown address): a
 * user with a valid token against {@code app.rate-limit.requests-per-user}, any other caller per
 * client address against {@code app.rate-limit.requests-per-address}. The service's own endpoints
 * under {@code /q} (health, metrics, OpenAPI, Swagger UI) are neither limited nor counted, so that
 * probes and scrapers always get through.
 *
 * <p>A counted response carries {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code
 * RateLimit-Reset} (the seconds until the window ends). A request over the limit fails the route
 * with a {@link TooManyRequestsException}, which the route failure handler answers with 429 and
 * {@code Retry-After}. When Redis does not answer in time, the request goes on uncounted and
 * without these headers.
 */
@ApplicationScoped
class RequestRateLimit {

  /**
   * After Quarkus has put the deferred identity in the routing context (authentication runs at
   * {@code -AUTHENTICATION}), before its HTTP permission checks, the body size limit and every
   * resource.
   */
  private static final int ORDER = -SecurityHandlerPriorities.AUTHORIZATION - 1;

  private static final String REFUSAL = "Too many requests; wait before sending more.";

  private final RedisRequestCounter counter;
  private final RateLimitSettings settings;
  private final VerifiedCallers verifiedCallers;
  private final String unlimitedPaths;

  RequestRateLimit(
      RedisRequestCounter counter,
      RateLimitSettings settings,
      VerifiedCallers verifiedCallers,
      @ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "q")
          String nonApplicationRootPath) {
    this.counter = counter;
    this.settings = settings;
    this.verifiedCallers = verifiedCallers;
    this.unlimitedPaths = "/" + nonApplicationRootPath.replaceAll("^/+|/+$", "") + "/";
  }

  void limitEveryRequest(@Observes Router router) {
    router.route().order(ORDER).handler(this::limit);
  }

  private void limit(RoutingContext context) {
    if (context.normalizedPath().startsWith(unlimitedPaths)) {
      context.next();
      return;
    }
    var requestContext = Vertx.currentContext();
    verifiedCaller(context)
        .flatMap(this::countRequest)
        // The identity and Redis may answer on other threads; the request goes on on its own.
        .emitOn(task -> requestContext.runOnContext(ignored -> task.run()))
        .subscribe()
        .with(allowance -> decide(context, allowance), context::fail);
  }

  /** The user of a valid token, or else the client address. */
  private Uni<Caller> verifiedCaller(RoutingContext context) {
    // A connection without an address (a Unix domain socket) shares one count with all such.
    var address = ClientAddress.of(context.request()).orElse("unknown");
    return verifiedCallers
        .userId(context)
        .map(
            userId ->
                userId
                    .map(id -> Caller.user(id, settings))
                    .orElseGet(() -> Caller.address(address, settings)));
  }

  private Uni<Optional<Allowance>> countRequest(Caller caller) {
    return counter
        .count(caller.counter(), settings.window())
        .map(count -> count.map(requests -> new Allowance(caller.limit(), requests)));
  }

  private static void decide(RoutingContext context, Optional<Allowance> allowance) {
    if (allowance.isEmpty()) {
      context.next(); // uncounted: Redis did not answer
      return;
    }
    var counted = allowance.get();
    context
        .response()
        .putHeader("RateLimit-Limit", String.valueOf(counted.limit()))
        .putHeader("RateLimit-Remaining", String.valueOf(counted.remaining()))
        .putHeader("RateLimit-Reset", String.valueOf(counted.secondsUntilReset()));
    if (counted.exceeded()) {
      context.fail(new TooManyRequestsException(REFUSAL, counted.count().untilReset()));
    } else {
      context.next();
    }
  }

  /** Whom a request is counted for: its counter in Redis and the limit that applies. */
  private record Caller(String counter, int limit) {

    // Hashed, so that Redis holds neither user ids nor addresses.
    static Caller user(String userId, RateLimitSettings settings) {
      return new Caller(
          RedisRequestCounter.KEY_PREFIX + "user:" + Sha256.hexOf(userId),
          settings.requestsPerUser());
    }

    static Caller address(String address, RateLimitSettings settings) {
      return new Caller(
          RedisRequestCounter.KEY_PREFIX + "address:" + Sha256.hexOf(address),
          settings.requestsPerAddress());
    }
  }

  /** A caller's limit and the requests counted in their current window, this one included. */
  private record Allowance(int limit, WindowCount count) {

    boolean exceeded() {
      return count.requests() > limit;
    }

    long remaining() {
      return Math.max(0, limit - count.requests());
    }

    /** Rounded up, so that a client waiting that long finds the window over. */
    long secondsUntilReset() {
      return (count.untilReset().toMillis() + 999) / 1000;
    }
  }
}
