package org.acme.cleanarchitecture.api.users;

import static org.acme.cleanarchitecture.api.common.ProblemResponseComponents.BAD_REQUEST;
import static org.acme.cleanarchitecture.api.common.ProblemResponseComponents.TOO_MANY_FAILED_LOGINS;
import static org.acme.cleanarchitecture.api.common.ProblemResponseComponents.UNAUTHORIZED;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.acme.cleanarchitecture.api.common.OpenApiDefinition;
import org.acme.cleanarchitecture.api.common.RequiredBody;
import org.acme.cleanarchitecture.application.common.mediator.Mediator;
import org.acme.cleanarchitecture.application.users.TokenPairDto;
import org.acme.cleanarchitecture.application.users.commands.changepassword.ChangePasswordCommand;
import org.acme.cleanarchitecture.application.users.commands.login.LoginCommand;
import org.acme.cleanarchitecture.application.users.commands.logout.LogoutCommand;
import org.acme.cleanarchitecture.application.users.commands.refreshtokens.RefreshTokensCommand;
import org.acme.cleanarchitecture.application.users.commands.registeruser.RegisterUserCommand;
import org.acme.cleanarchitecture.application.users.queries.getcurrentuser.CurrentUserDto;
import org.acme.cleanarchitecture.application.users.queries.getcurrentuser.GetCurrentUserQuery;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Accounts and sessions. The request bodies are the requests themselves: each carries exactly what
 * its JSON holds. Register, login and refresh are open to anonymous callers, as their requests say.
 * None of them exists when an external OpenID Connect provider issues the tokens ({@link
 * OwnAccounts}).
 */
@OwnAccounts
@Path("/api/users")
@Tag(name = "Users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

  private final Mediator mediator;

  UsersResource(Mediator mediator) {
    this.mediator = mediator;
  }

  @POST
  @Path("/register")
  @PermitAll
  @Operation(summary = "Open an account with the role User")
  @APIResponse(responseCode = "201", description = "Created; Location is the account's address")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  public RestResponse<Void> register(@RequiredBody RegisterUserCommand command, UriInfo uriInfo) {
    mediator.send(command);
    return RestResponse.created(uriInfo.getBaseUriBuilder().path("/api/users/me").build());
  }

  @POST
  @Path("/login")
  @PermitAll
  @Operation(summary = "Check a password and start a session")
  @APIResponse(responseCode = "200", description = "An access token and a refresh token")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  @APIResponse(responseCode = "429", ref = TOO_MANY_FAILED_LOGINS)
  public RestResponse<TokenPairDto> login(@RequiredBody LoginCommand command) {
    return uncached(mediator.send(command));
  }

  @POST
  @Path("/refresh")
  @PermitAll
  @Operation(summary = "Exchange a refresh token for a new pair; the old one is spent")
  @APIResponse(responseCode = "200", description = "A new access token and refresh token")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  public RestResponse<TokenPairDto> refresh(@RequiredBody RefreshTokensCommand command) {
    return uncached(mediator.send(command));
  }

  @POST
  @Path("/logout")
  @Authenticated
  @SecurityRequirement(name = OpenApiDefinition.BEARER)
  @Operation(summary = "End the session the refresh token belongs to")
  @APIResponse(responseCode = "204", description = "Ended, or nothing to end")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  public void logout(@RequiredBody LogoutCommand command) {
    mediator.send(command);
  }

  @GET
  @Path("/me")
  @Authenticated
  @SecurityRequirement(name = OpenApiDefinition.BEARER)
  @Operation(summary = "The caller's id, email address and roles")
  @APIResponse(responseCode = "200", description = "The caller's account")
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  public CurrentUserDto me() {
    return mediator.send(new GetCurrentUserQuery());
  }

  @POST
  @Path("/me/password")
  @Authenticated
  @SecurityRequirement(name = OpenApiDefinition.BEARER)
  @Operation(summary = "Change the caller's password and end every session of the account")
  @APIResponse(responseCode = "204", description = "Changed")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
  public void changePassword(@RequiredBody ChangePasswordCommand command) {
    mediator.send(command);
  }

  /** Tokens must not be kept by caches along the way (RFC 6749, 5.1). */
  private static RestResponse<TokenPairDto> uncached(TokenPairDto tokens) {
    return RestResponse.ResponseBuilder.ok(tokens)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }
}
