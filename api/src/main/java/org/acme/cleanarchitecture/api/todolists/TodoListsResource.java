package org.acme.cleanarchitecture.api.todolists;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.acme.cleanarchitecture.api.common.problems.ProblemDetail;
import org.acme.cleanarchitecture.application.common.mediator.Mediator;
import org.acme.cleanarchitecture.application.todolists.commands.createtodolist.CreateTodoListCommand;
import org.acme.cleanarchitecture.application.todolists.queries.gettodolists.GetTodoListsQuery;
import org.acme.cleanarchitecture.application.todolists.queries.gettodolists.TodoListDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/todo-lists")
@Tag(name = "Todo lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TodoListsResource {

  private final Mediator mediator;

  TodoListsResource(Mediator mediator) {
    this.mediator = mediator;
  }

  @GET
  @Operation(summary = "List every todo list, ordered by title")
  @APIResponse(responseCode = "200", description = "The todo lists")
  public List<TodoListDto> getTodoLists() {
    return mediator.send(new GetTodoListsQuery());
  }

  @POST
  @Operation(summary = "Create a todo list")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = @Header(name = "Location", description = "The new list's address"))
  @APIResponse(
      responseCode = "400",
      description = "The title is missing, too long or taken, or the colour is not supported",
      content =
          @Content(
              mediaType = ProblemDetail.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  public RestResponse<Void> createTodoList(
      @NotNull(message = "A request body is required.") CreateTodoListCommand command,
      UriInfo uriInfo) {
    var id = mediator.send(command);
    return RestResponse.created(uriInfo.getAbsolutePathBuilder().path(id.toString()).build());
  }
}
