package org.acme.cleanarchitecture.application.todolists.queries.gettodolists;

import static org.assertj.core.api.Assertions.assertThat;

import org.acme.cleanarchitecture.application.todolists.InMemoryTodoListRepository;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.TodoList;
import org.junit.jupiter.api.Test;
import org.mapstruct.factory.Mappers;

class GetTodoListsHandlerTest {

  private final InMemoryTodoListRepository todoLists = new InMemoryTodoListRepository();
  private final GetTodoListsHandler handler =
      new GetTodoListsHandler(todoLists, Mappers.getMapper(TodoListMapper.class));

  @Test
  void shouldReturnEveryListOrderedByTitle() {
    var work = todoLists.add(TodoList.create("Work", Colour.BLUE));
    var chores = todoLists.add(TodoList.create("Chores", Colour.DEFAULT));

    var result = handler.handle(new GetTodoListsQuery());

    assertThat(result)
        .containsExactly(
            new TodoListDto(chores.getId(), "Chores", Colour.DEFAULT.code()),
            new TodoListDto(work.getId(), "Work", Colour.BLUE.code()));
  }

  @Test
  void shouldReturnEmptyListWhenThereAreNone() {
    assertThat(handler.handle(new GetTodoListsQuery())).isEmpty();
  }
}
