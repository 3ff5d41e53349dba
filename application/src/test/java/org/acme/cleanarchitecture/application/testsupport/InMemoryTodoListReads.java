package org.acme.cleanarchitecture.application.testsupport;

import static java.util.stream.Collectors.groupingBy;

import java.util.List;
import org.acme.cleanarchitecture.application.todolists.queries.TodoItemDto;
import org.acme.cleanarchitecture.application.todolists.queries.TodoListDto;
import org.acme.cleanarchitecture.application.todolists.queries.TodoListReads;
import org.acme.cleanarchitecture.application.todolists.queries.TodoMapper;
import org.mapstruct.factory.Mappers;

/**
 * A {@link TodoListReads} in memory: what the in-memory repositories hold, as clients see it, for
 * query tests that need no database.
 */
public final class InMemoryTodoListReads implements TodoListReads {

  private final TodoMapper mapper = Mappers.getMapper(TodoMapper.class);
  private final InMemoryTodoListRepository todoLists;
  private final InMemoryTodoItemRepository todoItems;

  public InMemoryTodoListReads(
      InMemoryTodoListRepository todoLists, InMemoryTodoItemRepository todoItems) {
    this.todoLists = todoLists;
    this.todoItems = todoItems;
  }

  @Override
  public List<TodoListDto> allOwnedBy(String ownerId) {
    var itemsByList =
        mapper.toItemDtos(todoItems.allOwnedBy(ownerId)).stream()
            .collect(groupingBy(TodoItemDto::listId));
    return todoLists.allOwnedByOrderedByTitle(ownerId).stream()
        .map(list -> mapper.toDto(list, itemsByList.getOrDefault(list.getId(), List.of())))
        .toList();
  }
}
