package org.acme.cleanarchitecture.application.todoitems.commands.deletetodoitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.acme.cleanarchitecture.application.common.exceptions.NotFoundException;
import org.acme.cleanarchitecture.application.common.ownership.OwnedTodos;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.acme.cleanarchitecture.application.testsupport.InMemoryTodoItemRepository;
import org.acme.cleanarchitecture.application.testsupport.InMemoryTodoListRepository;
import org.acme.cleanarchitecture.domain.common.StaleVersionException;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.TodoItemDeleted;
import org.acme.cleanarchitecture.domain.todolists.TodoList;
import org.junit.jupiter.api.Test;

class DeleteTodoItemHandlerTest {

  private static final String ADA = "ada";
  private static final String BOB = "bob";

  private final InMemoryTodoListRepository todoLists = new InMemoryTodoListRepository();
  private final InMemoryTodoItemRepository todoItems = new InMemoryTodoItemRepository(todoLists);
  private final DeleteTodoItemHandler handler =
      new DeleteTodoItemHandler(
          new OwnedTodos(todoLists, todoItems, FakeCurrentUser.user(ADA)), todoItems);

  @Test
  void shouldRemoveTheItem() {
    var list = todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));
    var milk = todoItems.add(list.addItem(todoItems.nextId(), "Milk"));
    var bread = todoItems.add(list.addItem(todoItems.nextId(), "Bread"));

    handler.handle(new DeleteTodoItemCommand(milk.getId(), null));

    assertThat(todoItems.inList(list.getId())).containsExactly(bread);
  }

  @Test
  void shouldRecordThatTheItemWasDeleted() {
    var list = todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));
    var milk = todoItems.add(list.addItem(todoItems.nextId(), "Milk"));

    handler.handle(new DeleteTodoItemCommand(milk.getId(), null));

    assertThat(milk.getDomainEvents())
        .containsOnlyOnce(new TodoItemDeleted(milk.getId(), list.getId(), "Milk"));
  }

  @Test
  void shouldKeepTheItemWhenTheCallerSawAnotherVersion() {
    var list = todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));
    var milk = todoItems.add(list.addItem(todoItems.nextId(), "Milk"));
    var command = new DeleteTodoItemCommand(milk.getId(), milk.getVersion() + 1);

    assertThatThrownBy(() -> handler.handle(command)).isInstanceOf(StaleVersionException.class);
    assertThat(todoItems.inList(list.getId())).containsExactly(milk);
    assertThat(milk.getDomainEvents()).noneMatch(TodoItemDeleted.class::isInstance);
  }

  @Test
  void shouldNotFindMissingItem() {
    assertThatThrownBy(() -> handler.handle(new DeleteTodoItemCommand(99, null)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldNotFindAnotherUsersItem() {
    var bobsList = todoLists.add(TodoList.create(todoLists.nextId(), "Chores", Colour.WHITE, BOB));
    var dishes = todoItems.add(bobsList.addItem(todoItems.nextId(), "Dishes"));

    assertThatThrownBy(() -> handler.handle(new DeleteTodoItemCommand(dishes.getId(), null)))
        .isInstanceOf(NotFoundException.class);
    assertThat(todoItems.findOwned(dishes.getId(), BOB)).contains(dishes);
  }
}
