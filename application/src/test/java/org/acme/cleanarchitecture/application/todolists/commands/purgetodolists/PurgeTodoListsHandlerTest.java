package org.acme.cleanarchitecture.application.todolists.commands.purgetodolists;

import static org.assertj.core.api.Assertions.assertThat;

import org.acme.cleanarchitecture.application.testsupport.InMemoryTodoListRepository;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.TodoList;
import org.junit.jupiter.api.Test;

class PurgeTodoListsHandlerTest {

  private final InMemoryTodoListRepository todoLists = new InMemoryTodoListRepository();
  private final PurgeTodoListsHandler handler = new PurgeTodoListsHandler(todoLists);

  @Test
  void shouldRemoveEveryListOfEveryUser() {
    todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, "ada"));
    todoLists.add(TodoList.create(todoLists.nextId(), "Chores", Colour.WHITE, "bob"));

    handler.handle(new PurgeTodoListsCommand());

    assertThat(todoLists.allOwnedByOrderedByTitle("ada")).isEmpty();
    assertThat(todoLists.allOwnedByOrderedByTitle("bob")).isEmpty();
  }
}
