package org.acme.cleanarchitecture.application.todolists.queries.gettodolist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.acme.cleanarchitecture.application.common.exceptions.NotFoundException;
import org.acme.cleanarchitecture.application.common.ownership.OwnedTodos;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.acme.cleanarchitecture.application.testsupport.InMemoryTodoItemRepository;
import org.acme.cleanarchitecture.application.testsupport.InMemoryTodoListRepository;
import org.acme.cleanarchitecture.application.todolists.queries.TodoItemDto;
import org.acme.cleanarchitecture.application.todolists.queries.TodoListDto;
import org.acme.cleanarchitecture.application.todolists.queries.TodoMapper;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.TodoList;
import org.junit.jupiter.api.Test;
import org.mapstruct.factory.Mappers;

class GetTodoListHandlerTest {

  private static final String ADA = "ada";
  private static final String BOB = "bob";

  private final InMemoryTodoListRepository todoLists = new InMemoryTodoListRepository();
  private final InMemoryTodoItemRepository todoItems = new InMemoryTodoItemRepository(todoLists);
  private final GetTodoListHandler handler =
      new GetTodoListHandler(
          new OwnedTodos(todoLists, todoItems, FakeCurrentUser.user(ADA)),
          todoItems,
          Mappers.getMapper(TodoMapper.class));

  @Test
  void shouldReturnTheListWithItsItems() {
    var shopping = todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.RED, ADA));
    var chores = todoLists.add(TodoList.create(todoLists.nextId(), "Chores", Colour.WHITE, ADA));
    todoItems.add(shopping.addItem(todoItems.nextId(), "Milk"));
    todoItems.add(chores.addItem(todoItems.nextId(), "Dishes"));
    todoItems.add(shopping.addItem(todoItems.nextId(), "Bread"));

    TodoListDto list = handler.handle(new GetTodoListQuery(shopping.getId()));

    assertThat(list.id()).isEqualTo(shopping.getId());
    assertThat(list.title()).isEqualTo("Shopping");
    assertThat(list.colour()).isEqualTo("#FF5733");
    assertThat(list.items()).extracting(TodoItemDto::title).containsExactly("Milk", "Bread");
  }

  @Test
  void shouldNotFindMissingList() {
    assertThatThrownBy(() -> handler.handle(new GetTodoListQuery(99)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldNotFindAnotherUsersList() {
    var bobsList =
        todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, BOB));

    assertThatThrownBy(() -> handler.handle(new GetTodoListQuery(bobsList.getId())))
        .isInstanceOf(NotFoundException.class);
  }
}
