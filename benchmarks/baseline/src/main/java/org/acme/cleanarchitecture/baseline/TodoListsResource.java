package org.acme.cleanarchitecture.baseline;

import static java.util.stream.Collectors.groupingBy;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The template's {@code GET /api/todo-lists}, answered as plainly as Quarkus allows: the same two
 * statements and the same JSON, without a mediator, layers, a cache or a rate limit.
 */
@Path("/api/todo-lists")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TodoListsResource {

  private static final List<PriorityLevelDto> PRIORITY_LEVELS =
      List.of(
          new PriorityLevelDto(0, "None"),
          new PriorityLevelDto(1, "Low"),
          new PriorityLevelDto(2, "Medium"),
          new PriorityLevelDto(3, "High"));

  private static final List<ColourDto> COLOURS =
      List.of(
          new ColourDto("#FFFFFF", "White"),
          new ColourDto("#FF5733", "Red"),
          new ColourDto("#FFC300", "Orange"),
          new ColourDto("#FFFF66", "Yellow"),
          new ColourDto("#CCFF99", "Green"),
          new ColourDto("#6666FF", "Blue"),
          new ColourDto("#9966CC", "Purple"),
          new ColourDto("#999999", "Grey"));

  private final JsonWebToken caller;

  TodoListsResource(JsonWebToken caller) {
    this.caller = caller;
  }

  @GET
  public TodosVm todos() {
    var owner = caller.getSubject();
    var itemsByList =
        TodoItem.onListsOwnedBy(owner).stream()
            .map(TodoItemDto::of)
            .collect(groupingBy(TodoItemDto::listId));
    var lists =
        TodoList.ownedBy(owner).stream()
            .map(list -> TodoListDto.of(list, itemsByList.getOrDefault(list.id, List.of())))
            .toList();
    return new TodosVm(lists, PRIORITY_LEVELS, COLOURS);
  }

  /** The answer, named and shaped as the template's. */
  public record TodosVm(
      List<TodoListDto> lists, List<PriorityLevelDto> priorityLevels, List<ColourDto> colours) {}

  public record TodoListDto(
      Long id, String title, String colour, long version, List<TodoItemDto> items) {

    static TodoListDto of(TodoList list, List<TodoItemDto> items) {
      return new TodoListDto(list.id, list.title, list.colour, list.version, items);
    }
  }

  public record TodoItemDto(
      Long id, Long listId, String title, boolean done, int priority, String note, long version) {

    static TodoItemDto of(TodoItem item) {
      return new TodoItemDto(
          item.id, item.listId, item.title, item.done, item.priority, item.note, item.version);
    }
  }

  public record PriorityLevelDto(int id, String title) {}

  public record ColourDto(String code, String name) {}
}
