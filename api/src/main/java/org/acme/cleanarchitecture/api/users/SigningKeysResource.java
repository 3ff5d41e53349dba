package org.acme.cleanarchitecture.api.users;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.acme.cleanarchitecture.application.common.mediator.Mediator;
import org.acme.cleanarchitecture.application.users.queries.getsigningkeys.GetSigningKeysQuery;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public keys of the access tokens the service issues, where OpenID Connect clients look for
 * them; absent when an external provider issues the tokens, since its keys are published there.
 */
@OwnAccounts
@Path("/.well-known/jwks.json")
@Tag(name = "Users")
public class SigningKeysResource {

  private final Mediator mediator;

  SigningKeysResource(Mediator mediator) {
    this.mediator = mediator;
  }

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The JSON Web Key Set that verifies this service's access tokens")
  @APIResponse(
      responseCode = "200",
      description = "The keys",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JsonWebKeySet")))
  public String keys() {
    return mediator.send(new GetSigningKeysQuery());
  }
}
