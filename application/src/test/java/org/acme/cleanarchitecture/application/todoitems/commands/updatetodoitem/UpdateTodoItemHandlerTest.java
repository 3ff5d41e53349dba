package org.acme.cleanarchitecture.application.todoitems.commands.updatetodoitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.acme.cleanarchitecture.application.common.exceptions.NotFoundException;
import org.acme.cleanarchitecture.application.common.ownership.OwnedTodos;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.acme.cleanarchitecture.application.testsupport.InMemoryTodoItemRepository;
import org.acme.cleanarchitecture.application.testsupport.InMemoryTodoListRepository;
import org.acme.cleanarchitecture.domain.common.StaleVersionException;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.TodoItem;
import org.acme.cleanarchitecture.domain.todolists.TodoItemCompleted;
import org.acme.cleanarchitecture.domain.todolists.TodoList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UpdateTodoItemHandlerTest {

  private static final String ADA = "ada";
  private static final String BOB = "bob";

  private final InMemoryTodoListRepository todoLists = new InMemoryTodoListRepository();
  private final InMemoryTodoItemRepository todoItems = new InMemoryTodoItemRepository(todoLists);
  private final UpdateTodoItemHandler handler =
      new UpdateTodoItemHandler(new OwnedTodos(todoLists, todoItems, FakeCurrentUser.user(ADA)));

  private TodoItem milk;

  @BeforeEach
  void storeAnItemOfTheCaller() {
    var list = todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));
    milk = todoItems.add(list.addItem(todoItems.nextId(), "Milk"));
  }

  @Test
  void shouldRenameTheItem() {
    handler.handle(new UpdateTodoItemCommand(milk.getId(), "Oat milk", false, null));

    assertThat(milk.getTitle()).isEqualTo("Oat milk");
  }

  @Test
  void shouldMarkTheItemDone() {
    handler.handle(new UpdateTodoItemCommand(milk.getId(), "Milk", true, null));

    assertThat(milk.isDone()).isTrue();
  }

  @Test
  void shouldRecordTheCompletionOnceHoweverOftenTheItemIsMarkedDone() {
    handler.handle(new UpdateTodoItemCommand(milk.getId(), "Milk", true, null));
    handler.handle(new UpdateTodoItemCommand(milk.getId(), "Milk", true, null));

    assertThat(milk.getDomainEvents())
        .containsOnlyOnce(new TodoItemCompleted(milk.getId(), milk.getListId(), "Milk"));
  }

  @Test
  void shouldRecordTheCompletionUnderTheTitleGivenWithIt() {
    handler.handle(new UpdateTodoItemCommand(milk.getId(), "Oat milk", true, null));

    assertThat(milk.getDomainEvents())
        .contains(new TodoItemCompleted(milk.getId(), milk.getListId(), "Oat milk"));
  }

  @Test
  void shouldReopenAnItemMarkedNotDone() {
    milk.complete();

    handler.handle(new UpdateTodoItemCommand(milk.getId(), "Milk", false, null));

    assertThat(milk.isDone()).isFalse();
  }

  @Test
  void shouldAcceptTheCurrentVersion() {
    handler.handle(new UpdateTodoItemCommand(milk.getId(), "Oat milk", false, milk.getVersion()));

    assertThat(milk.getTitle()).isEqualTo("Oat milk");
  }

  @Test
  void shouldRefuseChangeBasedOnAStaleVersion() {
    var command = new UpdateTodoItemCommand(milk.getId(), "Oat milk", true, milk.getVersion() + 1);

    assertThatThrownBy(() -> handler.handle(command)).isInstanceOf(StaleVersionException.class);
    assertThat(milk.getTitle()).isEqualTo("Milk");
    assertThat(milk.isDone()).isFalse();
  }

  @Test
  void shouldNotFindMissingItem() {
    assertThatThrownBy(() -> handler.handle(new UpdateTodoItemCommand(99, "Milk", true, null)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldNotFindAnotherUsersItem() {
    var bobsList = todoLists.add(TodoList.create(todoLists.nextId(), "Chores", Colour.WHITE, BOB));
    var dishes = todoItems.add(bobsList.addItem(todoItems.nextId(), "Dishes"));
    var command = new UpdateTodoItemCommand(dishes.getId(), "Dishes", true, null);

    assertThatThrownBy(() -> handler.handle(command)).isInstanceOf(NotFoundException.class);
    assertThat(dishes.isDone()).isFalse();
  }
}
