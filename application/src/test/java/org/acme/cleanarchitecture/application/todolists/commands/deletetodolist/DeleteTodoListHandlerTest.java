package org.acme.cleanarchitecture.application.todolists.commands.deletetodolist;

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

class DeleteTodoListHandlerTest {

  private static final String ADA = "ada";
  private static final String BOB = "bob";

  private final InMemoryTodoListRepository todoLists = new InMemoryTodoListRepository();
  private final InMemoryTodoItemRepository todoItems = new InMemoryTodoItemRepository(todoLists);
  private final DeleteTodoListHandler handler =
      new DeleteTodoListHandler(
          new OwnedTodos(todoLists, todoItems, FakeCurrentUser.user(ADA)), todoLists);

  @Test
  void shouldRemoveTheList() {
    var list = todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));

    handler.handle(new DeleteTodoListCommand(list.getId(), null));

    assertThat(todoLists.findOwned(list.getId(), ADA)).isEmpty();
  }

  @Test
  void shouldRemoveTheItemsOfTheList() {
    var list = todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));
    todoItems.add(list.addItem(todoItems.nextId(), "Milk"));
    todoItems.add(list.addItem(todoItems.nextId(), "Bread"));

    handler.handle(new DeleteTodoListCommand(list.getId(), null));

    assertThat(todoItems.allOwnedBy(ADA)).isEmpty();
  }

  @Test
  void shouldLeaveTheCallersOtherListsAlone() {
    var shopping =
        todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));
    var chores = todoLists.add(TodoList.create(todoLists.nextId(), "Chores", Colour.WHITE, ADA));
    var dishes = todoItems.add(chores.addItem(todoItems.nextId(), "Dishes"));

    handler.handle(new DeleteTodoListCommand(shopping.getId(), null));

    assertThat(todoLists.allOwnedByOrderedByTitle(ADA)).containsExactly(chores);
    assertThat(todoItems.allOwnedBy(ADA)).containsExactly(dishes);
  }

  @Test
  void shouldRemoveTheListAtTheVersionTheCallerSaw() {
    var list = todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));

    handler.handle(new DeleteTodoListCommand(list.getId(), list.getVersion()));

    assertThat(todoLists.findOwned(list.getId(), ADA)).isEmpty();
  }

  @Test
  void shouldKeepTheListWhenTheCallerSawAnotherVersion() {
    var list = todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));
    var command = new DeleteTodoListCommand(list.getId(), list.getVersion() + 1);

    assertThatThrownBy(() -> handler.handle(command)).isInstanceOf(StaleVersionException.class);
    assertThat(todoLists.findOwned(list.getId(), ADA)).contains(list);
  }

  @Test
  void shouldNotFindMissingList() {
    assertThatThrownBy(() -> handler.handle(new DeleteTodoListCommand(99, null)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldNotFindAnotherUsersList() {
    var bobsList =
        todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, BOB));

    assertThatThrownBy(() -> handler.handle(new DeleteTodoListCommand(bobsList.getId(), null)))
        .isInstanceOf(NotFoundException.class);
    assertThat(todoLists.findOwned(bobsList.getId(), BOB)).contains(bobsList);
  }
}
