package org.acme.cleanarchitecture.application.todolists.commands.updatetodolist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.acme.cleanarchitecture.application.common.exceptions.NotFoundException;
import org.acme.cleanarchitecture.application.common.ownership.OwnedTodos;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.acme.cleanarchitecture.application.testsupport.InMemoryTodoItemRepository;
import org.acme.cleanarchitecture.application.testsupport.InMemoryTodoListRepository;
import org.acme.cleanarchitecture.domain.common.StaleVersionException;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.TodoList;
import org.junit.jupiter.api.Test;

class UpdateTodoListHandlerTest {

  private static final String ADA = "ada";
  private static final String BOB = "bob";

  private final InMemoryTodoListRepository todoLists = new InMemoryTodoListRepository();
  private final UpdateTodoListHandler handler =
      new UpdateTodoListHandler(
          new OwnedTodos(
              todoLists, new InMemoryTodoItemRepository(todoLists), FakeCurrentUser.user(ADA)));

  @Test
  void shouldRenameAndRecolourTheList() {
    var list = todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));

    handler.handle(new UpdateTodoListCommand(list.getId(), "Groceries", "#6666FF", null));

    assertThat(list.getTitle()).isEqualTo("Groceries");
    assertThat(list.getColour()).isEqualTo(Colour.BLUE);
  }

  @Test
  void shouldUseTheDefaultColourWhenNoneIsGiven() {
    var list = todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.RED, ADA));

    handler.handle(new UpdateTodoListCommand(list.getId(), "Shopping", null, null));

    assertThat(list.getColour()).isEqualTo(Colour.WHITE);
  }

  @Test
  void shouldAcceptTheCurrentVersion() {
    var list = todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));

    handler.handle(new UpdateTodoListCommand(list.getId(), "Groceries", null, list.getVersion()));

    assertThat(list.getTitle()).isEqualTo("Groceries");
  }

  @Test
  void shouldRefuseChangeBasedOnAStaleVersion() {
    var list = todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));
    var command = new UpdateTodoListCommand(list.getId(), "Groceries", null, list.getVersion() + 1);

    assertThatThrownBy(() -> handler.handle(command)).isInstanceOf(StaleVersionException.class);
    assertThat(list.getTitle()).isEqualTo("Shopping");
  }

  @Test
  void shouldNotFindMissingList() {
    assertThatThrownBy(() -> handler.handle(new UpdateTodoListCommand(99, "Groceries", null, null)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldNotFindAnotherUsersList() {
    var bobsList =
        todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, BOB));
    var command = new UpdateTodoListCommand(bobsList.getId(), "Mine now", null, null);

    assertThatThrownBy(() -> handler.handle(command)).isInstanceOf(NotFoundException.class);
    assertThat(bobsList.getTitle()).isEqualTo("Shopping");
  }
}
