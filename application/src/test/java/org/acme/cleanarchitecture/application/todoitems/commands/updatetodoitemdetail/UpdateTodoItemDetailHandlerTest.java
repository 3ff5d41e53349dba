package org.acme.cleanarchitecture.application.todoitems.commands.updatetodoitemdetail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.acme.cleanarchitecture.application.common.exceptions.NotFoundException;
import org.acme.cleanarchitecture.application.common.ownership.OwnedTodos;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.acme.cleanarchitecture.application.testsupport.InMemoryTodoItemRepository;
import org.acme.cleanarchitecture.application.testsupport.InMemoryTodoListRepository;
import org.acme.cleanarchitecture.domain.common.StaleVersionException;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.PriorityLevel;
import org.acme.cleanarchitecture.domain.todolists.TodoItem;
import org.acme.cleanarchitecture.domain.todolists.TodoList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UpdateTodoItemDetailHandlerTest {

  private static final String ADA = "ada";
  private static final String BOB = "bob";

  private final InMemoryTodoListRepository todoLists = new InMemoryTodoListRepository();
  private final InMemoryTodoItemRepository todoItems = new InMemoryTodoItemRepository(todoLists);
  private final UpdateTodoItemDetailHandler handler =
      new UpdateTodoItemDetailHandler(
          new OwnedTodos(todoLists, todoItems, FakeCurrentUser.user(ADA)));

  private TodoList shopping;
  private TodoItem milk;

  @BeforeEach
  void storeAnItemOfTheCaller() {
    shopping = todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));
    milk = todoItems.add(shopping.addItem(todoItems.nextId(), "Milk"));
  }

  @Test
  void shouldSetThePriorityAndTheNote() {
    handler.handle(
        new UpdateTodoItemDetailCommand(milk.getId(), shopping.getId(), 3, "Oat, not cow", null));

    assertThat(milk.getPriority()).isEqualTo(PriorityLevel.HIGH);
    assertThat(milk.getNote()).isEqualTo("Oat, not cow");
  }

  @Test
  void shouldRemoveTheNoteWhenNoneIsGiven() {
    milk.changeNote("Oat, not cow");

    handler.handle(new UpdateTodoItemDetailCommand(milk.getId(), shopping.getId(), 0, null, null));

    assertThat(milk.getNote()).isNull();
  }

  @Test
  void shouldMoveTheItemToAnotherOfTheCallersLists() {
    var groceries =
        todoLists.add(TodoList.create(todoLists.nextId(), "Groceries", Colour.WHITE, ADA));

    handler.handle(new UpdateTodoItemDetailCommand(milk.getId(), groceries.getId(), 0, null, null));

    assertThat(todoItems.inList(groceries.getId())).containsExactly(milk);
    assertThat(todoItems.inList(shopping.getId())).isEmpty();
  }

  @Test
  void shouldNotFindAnotherUsersListToMoveTheItemTo() {
    var bobsList = todoLists.add(TodoList.create(todoLists.nextId(), "Chores", Colour.WHITE, BOB));
    var command = new UpdateTodoItemDetailCommand(milk.getId(), bobsList.getId(), 0, null, null);

    assertThatThrownBy(() -> handler.handle(command)).isInstanceOf(NotFoundException.class);
    assertThat(milk.getListId()).isEqualTo(shopping.getId());
  }

  @Test
  void shouldNotFindMissingListToMoveTheItemTo() {
    var command = new UpdateTodoItemDetailCommand(milk.getId(), 99L, 0, null, null);

    assertThatThrownBy(() -> handler.handle(command)).isInstanceOf(NotFoundException.class);
    assertThat(milk.getListId()).isEqualTo(shopping.getId());
  }

  @Test
  void shouldRefuseChangeBasedOnAStaleVersion() {
    var command =
        new UpdateTodoItemDetailCommand(
            milk.getId(), shopping.getId(), 3, "Oat, not cow", milk.getVersion() + 1);

    assertThatThrownBy(() -> handler.handle(command)).isInstanceOf(StaleVersionException.class);
    assertThat(milk.getPriority()).isEqualTo(PriorityLevel.NONE);
  }

  @Test
  void shouldNotFindMissingItem() {
    var command = new UpdateTodoItemDetailCommand(99, shopping.getId(), 3, null, null);

    assertThatThrownBy(() -> handler.handle(command)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldNotFindAnotherUsersItem() {
    var bobsList = todoLists.add(TodoList.create(todoLists.nextId(), "Chores", Colour.WHITE, BOB));
    var dishes = todoItems.add(bobsList.addItem(todoItems.nextId(), "Dishes"));
    var command = new UpdateTodoItemDetailCommand(dishes.getId(), shopping.getId(), 3, null, null);

    assertThatThrownBy(() -> handler.handle(command)).isInstanceOf(NotFoundException.class);
    assertThat(dishes.getListId()).isEqualTo(bobsList.getId());
    assertThat(dishes.getPriority()).isEqualTo(PriorityLevel.NONE);
  }
}
