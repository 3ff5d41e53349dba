package org.acme.cleanarchitecture.api.testsupport;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.acme.cleanarchitecture.application.common.exceptions.ServiceUnavailableException;
import org.acme.cleanarchitecture.application.common.exceptions.TooManyRequestsException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Endpoints that fail on purpose, for failures no real endpoint can be made to show on demand: a
 * throttled caller, a fault whose message holds something private, and a database out of reach met
 * outside the mediator (as a route of the infrastructure would report it), both in a REST resource
 * and in a plain Vert.x route such as health and OpenAPI are.
 */
@Path("/test/failures")
public class FailingEndpoints {

  public static final String RESOURCE_FAULT = "/test/failures/fault";
  public static final String ROUTE_FAULT = "/test/route-failures/fault";
  public static final String RESOURCE_OUTAGE = "/test/failures/outage";
  public static final String ROUTE_OUTAGE = "/test/route-failures/outage";

  /** What the fault's message says: nothing of it may reach the client. */
  public static final String PRIVATE_DETAIL = "SELECT password FROM users WHERE id = 42";

  // Fixtures of the tests, no part of the API's contract.
  @GET
  @Path("too-many-requests")
  @Operation(hidden = true)
  public void tooManyRequests(@RestQuery String retryAfter) {
    throw new TooManyRequestsException(
        "Too many attempts; wait before trying again.", Duration.parse(retryAfter));
  }

  @GET
  @Path("fault")
  @Operation(hidden = true)
  public void fault() {
    throw new IllegalStateException(PRIVATE_DETAIL);
  }

  @GET
  @Path("outage")
  @Operation(hidden = true) // a test's endpoint, kept out of the OpenAPI contract
  public void outage() {
    throw connectionRefused();
  }

  /** A connection refused, as the PostgreSQL driver reports it, recognised as an outage. */
  private static ServiceUnavailableException connectionRefused() {
    return new ServiceUnavailableException(
        Duration.ofSeconds(5), new SQLException("Connection refused", "08001"));
  }

  @ApplicationScoped
  static class FailingRoute {

    void register(@Observes Router router) {
      router
          .get(ROUTE_FAULT)
          .handler(
              context -> {
                throw new IllegalStateException(PRIVATE_DETAIL);
              });
      router
          .get(ROUTE_OUTAGE)
          .handler(
              context -> {
                throw connectionRefused();
              });
    }
  }
}
