package org.acme.cleanarchitecture.infrastructure.identity;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.acme.cleanarchitecture.application.common.exceptions.TooManyRequestsException;
import org.acme.cleanarchitecture.application.users.LoginThrottle;

/** Calls the login throttle inside HTTP requests, as the login endpoint does, for the tests. */
@Path("/login-attempts/{email}")
public class LoginAttemptsResource {

  private final LoginThrottle throttle;

  LoginAttemptsResource(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @GET
  public Response check(@PathParam("email") String email) {
    try {
      throttle.checkAllowed(email);
      return Response.noContent().build();
    } catch (TooManyRequestsException refused) {
      return Response.status(refused.status()).entity(refused.getMessage()).build();
    }
  }

  @POST
  @Path("failures")
  public void recordFailure(@PathParam("email") String email) {
    throttle.recordFailure(email);
  }

  @POST
  @Path("successes")
  public void recordSuccess(@PathParam("email") String email) {
    throttle.recordSuccess(email);
  }
}
