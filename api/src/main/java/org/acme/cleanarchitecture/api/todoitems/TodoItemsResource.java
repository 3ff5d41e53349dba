package org.acme.cleanarchitecture.api.todoitems;

import static org.acme.cleanarchitecture.api.common.OpenApiDefinition.IDEMPOTENCY_KEY;
import static org.acme.cleanarchitecture.api.common.OpenApiDefinition.IF_MATCH_DESCRIPTION;
import static org.acme.cleanarchitecture.api.common.ProblemResponseComponents.BAD_REQUEST;
import static org.acme.cleanarchitecture.api.common.ProblemResponseComponents.CONFLICT;
import static org.acme.cleanarchitecture.api.common.ProblemResponseComponents.IDEMPOTENCY_KEY_IN_FLIGHT;
import static org.acme.cleanarchitecture.api.common.ProblemResponseComponents.IDEMPOTENCY_KEY_REUSED;
import static org.acme.cleanarchitecture.api.common.ProblemResponseComponents.NOT_FOUND;
import static org.acme.cleanarchitecture.api.common.ProblemResponseComponents.PRECONDITION_FAILED;
import static org.acme.cleanarchitecture.api.common.ProblemResponseComponents.PRECONDITION_REQUIRED;
import static org.acme.cleanarchitecture.api.common.ProblemResponseComponents.UNAUTHORIZED;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.acme.cleanarchitecture.application.common.models.PaginatedList;
import org.acme.cleanarchitecture.application.todoitems.commands.createtodoitem.CreateTodoItemCommand;
import org.acme.cleanarchitecture.application.todoitems.commands.deletetodoitem.DeleteTodoItemCommand;
import org.acme.cleanarchitecture.application.todoitems.commands.updatetodoitem.UpdateTodoItemCommand;
import org.acme.cleanarchitecture.application.todoitems.commands.updatetodoitemdetail.UpdateTodoItemDetailCommand;
import org.acme.cleanarchitecture.application.todoitems.queries.gettodoitemswithpagination.GetTodoItemsWithPaginationQuery;
import org.acme.cleanarchitecture.application.todoitems.queries.gettodoitemswithpagination.TodoItemBriefDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** Todo items: each operation turns HTTP into one request for the mediator, and back. */
@Path("/api/todo-items")
@Tag(name = "Todo items")
@Authenticated
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@APIResponse(responseCode = "401", ref = UNAUTHORIZED)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TodoItemsResource {

  private final Mediator mediator;
  private final Versions versions;

  TodoItemsResource(Mediator mediator, Versions versions) {
    this.mediator = mediator;
    this.versions = versions;
  }

  @GET
  @Operation(
      summary = "One page of the items of one of the caller's lists, ordered by title, then id",
      description =
          "Page by number, or follow nextCursor: a page after a cursor costs the same however deep"
              + " it is, and has no pageNumber, totalPages or totalCount.")
  @APIResponse(responseCode = "200", description = "The page, with paging metadata")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public PaginatedList<TodoItemBriefDto> getTodoItemsWithPagination(
      @Parameter(description = "The list whose items to page through") @RestQuery Long listId,
      @Parameter(description = "Starting at 1; 1 if neither it nor a cursor is given") @RestQuery
          Integer pageNumber,
      @Parameter(description = "1 to 100") @RestQuery @DefaultValue("10") int pageSize,
      @Parameter(
              description =
                  "The nextCursor of the previous page, as it came, or first for the first page;"
                      + " not together with pageNumber")
          @RestQuery
          String cursor) {
    return mediator.send(new GetTodoItemsWithPaginationQuery(listId, pageNumber, pageSize, cursor));
  }

  @POST
  @Operation(summary = "Add an item to one of the caller's lists")
  @Parameter(ref = IDEMPOTENCY_KEY)
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = @Header(name = HttpHeaders.LOCATION, description = "The new item's address"))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = IDEMPOTENCY_KEY_IN_FLIGHT)
  @APIResponse(responseCode = "422", ref = IDEMPOTENCY_KEY_REUSED)
  public RestResponse<Void> createTodoItem(@RequiredBody NewTodoItemBody body, UriInfo uriInfo) {
    var id = mediator.send(new CreateTodoItemCommand(body.listId(), body.title()));
    return RestResponse.created(uriInfo.getAbsolutePathBuilder().path(id.toString()).build());
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Rename one of the caller's items and mark it done or not done")
  @APIResponse(responseCode = "204", description = "Updated")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public void updateTodoItem(
      @RestPath long id,
      @RequiredBody TodoItemBody body,
      @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch) {
    mediator.send(
        new UpdateTodoItemCommand(
            id, body.title(), body.done(), versions.expectedVersion(ifMatch)));
  }

  @PATCH
  @Path("/{id}/detail")
  @Operation(summary = "Move one of the caller's items to another list, set priority and note")
  @APIResponse(responseCode = "204", description = "Updated")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public void updateTodoItemDetail(
      @RestPath long id,
      @RequiredBody TodoItemDetailBody body,
      @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch) {
    mediator.send(
        new UpdateTodoItemDetailCommand(
            id, body.listId(), body.priority(), body.note(), versions.expectedVersion(ifMatch)));
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete one of the caller's items")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
  public void deleteTodoItem(
      @RestPath long id,
      @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch) {
    mediator.send(new DeleteTodoItemCommand(id, versions.expectedVersion(ifMatch)));
  }
}
