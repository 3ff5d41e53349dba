package org.acme.cleanarchitecture.api.development;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Mints bearer tokens with the key pair SmallRye JWT generates in development, so the running
 * service can be tried from Swagger UI or curl. It is built only into development and test runs: a
 * production build does not contain it.
 */
@IfBuildProfile(anyOf = {"dev", "test"})
@Path("/dev/token")
@Tag(name = "Development")
public class DevelopmentTokenResource {

  @POST
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(summary = "Development only: a bearer token for any user, valid for eight hours")
  public String token(
      @RestQuery @DefaultValue("administrator@localhost") String user,
      @RestQuery List<String> role) {
    return Jwt.subject(user).groups(Set.copyOf(role)).expiresIn(Duration.ofHours(8)).sign();
  }
}
