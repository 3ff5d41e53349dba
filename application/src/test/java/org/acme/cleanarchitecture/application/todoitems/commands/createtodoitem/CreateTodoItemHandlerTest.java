package org.acme.cleanarchitecture.application.todoitems.commands.createtodoitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.acme.cleanarchitecture.application.common.exceptions.NotFoundException;
import org.acme.cleanarchitecture.application.common.ownership.OwnedTodos;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.acme.cleanarchitecture.application.testsupport.InMemoryTodoItemRepository;
import org.acme.cleanarchitecture.application.testsupport.InMemoryTodoListRepository;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.TodoItem;
import org.acme.cleanarchitecture.domain.todolists.TodoItemCreated;
import org.acme.cleanarchitecture.domain.todolists.TodoList;
import org.junit.jupiter.api.Test;

class CreateTodoItemHandlerTest {

  private static final String ADA = "ada";
  private static final String BOB = "bob";

  private final InMemoryTodoListRepository todoLists = new InMemoryTodoListRepository();
  private final InMemoryTodoItemRepository todoItems = new InMemoryTodoItemRepository(todoLists);
  private final CreateTodoItemHandler handler =
      new CreateTodoItemHandler(
          new OwnedTodos(todoLists, todoItems, FakeCurrentUser.user(ADA)), todoItems);

  @Test
  void shouldAddTheItemToTheCallersListAndReturnItsId() {
    var list = todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));

    Long id = handler.handle(new CreateTodoItemCommand(list.getId(), "Milk"));

    assertThat(todoItems.inList(list.getId()))
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.getId()).isEqualTo(id);
              assertThat(item.getTitle()).isEqualTo("Milk");
              assertThat(item.isDone()).isFalse();
            });
  }

  @Test
  void shouldGiveEveryNewItemAnIdOfItsOwn() {
    var list = todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));

    Long milk = handler.handle(new CreateTodoItemCommand(list.getId(), "Milk"));
    Long bread = handler.handle(new CreateTodoItemCommand(list.getId(), "Bread"));

    assertThat(todoItems.inList(list.getId()))
        .extracting(TodoItem::getId)
        .containsExactly(milk, bread)
        .doesNotHaveDuplicates();
  }

  @Test
  void shouldRecordThatTheItemWasCreated() {
    var list = todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));

    Long id = handler.handle(new CreateTodoItemCommand(list.getId(), "Milk"));

    var item = todoItems.findOwned(id, ADA).orElseThrow();
    assertThat(item.getDomainEvents())
        .containsExactly(new TodoItemCreated(id, list.getId(), "Milk"));
  }

  @Test
  void shouldNotFindMissingList() {
    assertThatThrownBy(() -> handler.handle(new CreateTodoItemCommand(99L, "Milk")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldNotFindAnotherUsersList() {
    var bobsList =
        todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, BOB));

    assertThatThrownBy(() -> handler.handle(new CreateTodoItemCommand(bobsList.getId(), "Milk")))
        .isInstanceOf(NotFoundException.class);
    assertThat(todoItems.inList(bobsList.getId())).isEmpty();
  }
}
