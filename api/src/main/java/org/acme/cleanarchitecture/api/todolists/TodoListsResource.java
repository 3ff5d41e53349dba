package org.acme.cleanarchitecture.api.todolists;

import static org.acme.cleanarchitecture.api.common.OpenApiDefinition.IDEMPOTENCY_KEY;
import static org.acme.cleanarchitecture.api.common.OpenApiDefinition.IF_MATCH_DESCRIPTION;
import static org.acme.cleanarchitecture.api.common.ProblemResponseComponents.BAD_REQUEST;
import static org.acme.cleanarchitecture.api.common.ProblemResponseComponents.CONFLICT;
import static org.acme.cleanarchitecture.api.common.ProblemResponseComponents.FORBIDDEN;
import static org.acme.cleanarchitecture.api.common.ProblemResponseComponents.IDEMPOTENCY_KEY_IN_FLIGHT;
import static org.acme.cleanarchitecture.api.common.ProblemResponseComponents.IDEMPOTENCY_KEY_REUSED;
import static org.acme.cleanarchitecture.api.common.ProblemResponseComponents.NOT_FOUND;
import static org.acme.cleanarchitecture.api.common.ProblemResponseComponents.PRECONDITION_FAILED;
import static org.acme.cleanarchitecture.api.common.ProblemResponseComponents.PRECONDITION_REQUIRED;
import static org.acme.cleanarchitecture.api.common.ProblemResponseComponents.UNAUTHORIZED;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.acme.cleanarchitecture.api.common.OpenApiDefinition;
import org.acme.cleanarchitecture.api.common.RequiredBody;
import org.acme.cleanarchitecture.api.common.Versions;
import org.acme.cleanarchitecture.application.common.mediator.Mediator;
import org.acme.cleanarchitecture.application.common.security.Roles;
import org.acme.cleanarchitecture.application.todolists.commands.createtodolist.CreateTodoListCommand;
import org.acme.cleanarchitecture.application.todolists.commands.deletetodolist.DeleteTodoListCommand;
import org.acme.cleanarchitecture.application.todolists.commands.purgetodolists.PurgeTodoListsCommand;
import org.acme.cleanarchitecture.application.todolists.commands.updatetodolist.UpdateTodoListCommand;
import org.acme.cleanarchitecture.application.todolists.queries.TodoListDto;
import org.acme.cleanarchitecture.application.todolists.queries.gettodolist.GetTodoListQuery;
import org.acme.cleanarchitecture.application.todolists.queries.gettodos.GetTodosQuery;
import org.acme.cleanarchitecture.application.todolists.queries.gettodos.TodosVm;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** Todo lists: each operation turns HTTP into one request for the mediator, and back. */
@Path("/api/todo-lists")
@Tag(name = "Todo lists")
@Authenticated
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@APIResponse(responseCode = "401", ref = UNAUTHORIZED)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TodoListsResource {

  private final Mediator mediator;
  private final Versions versions;

  TodoListsResource(Mediator mediator, Versions versions) {
    this.mediator = mediator;
    this.versions = versions;
  }

  @GET
  @Operation(summary = "The caller's lists with their items, and the priority levels and colours")
  @APIResponse(responseCode = "200", description = "The lists, ordered by title, and lookups")
  public TodosVm getTodos() {
    return mediator.send(new GetTodosQuery());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One of the caller's lists with its items")
  @APIResponse(
      responseCode = "200",
      description = "The list",
      headers = @Header(name = HttpHeaders.ETAG, description = "The list's version"))
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public RestResponse<TodoListDto> getTodoList(@RestPath long id) {
    var list = mediator.send(new GetTodoListQuery(id));
    return RestResponse.ResponseBuilder.ok(list).tag(Versions.entityTag(list.version())).build();
  }

  @POST
  @Operation(summary = "Create a todo list")
  @Parameter(ref = IDEMPOTENCY_KEY)
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = @Header(name = HttpHeaders.LOCATION, description = "The new list's address"))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "409", ref = IDEMPOTENCY_KEY_IN_FLIGHT)
  @APIResponse(responseCode = "422", ref = IDEMPOTENCY_KEY_REUSED)
  public RestResponse<Void> createTodoList(@RequiredBody TodoListBody body, UriInfo uriInfo) {
    var id = mediator.send(new CreateTodoListCommand(body.title(), body.colour()));
    return RestResponse.created(uriInfo.getAbsolutePathBuilder().path(id.toString()).build());
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Rename and recolour one of the caller's lists")
  @APIResponse(responseCode = "204", description = "Updated")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public void updateTodoList(
      @RestPath long id,
      @RequiredBody TodoListBody body,
      @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch) {
    mediator.send(
        new UpdateTodoListCommand(
            id, body.title(), body.colour(), versions.expectedVersion(ifMatch)));
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete one of the caller's lists, with its items")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public void deleteTodoList(
      @RestPath long id,
      @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch) {
    mediator.send(new DeleteTodoListCommand(id, versions.expectedVersion(ifMatch)));
  }

  @DELETE
  // Defence in depth: the pipeline decides access (see AuthorizationBehaviour), this only refuses
  // a caller without the role before the request is read.
  @RolesAllowed(Roles.ADMINISTRATOR)
  @Operation(summary = "Delete every list of every user (administrators with CanPurge only)")
  @APIResponse(responseCode = "204", description = "Purged")
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public void purgeTodoLists() {
    mediator.send(new PurgeTodoListsCommand());
  }
}
