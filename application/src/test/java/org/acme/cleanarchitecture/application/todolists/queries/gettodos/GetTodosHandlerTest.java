package org.acme.cleanarchitecture.application.todolists.queries.gettodos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.acme.cleanarchitecture.application.testsupport.InMemoryTodoItemRepository;
import org.acme.cleanarchitecture.application.testsupport.InMemoryTodoListReads;
import org.acme.cleanarchitecture.application.testsupport.InMemoryTodoListRepository;
import org.acme.cleanarchitecture.application.todolists.queries.TodoItemDto;
import org.acme.cleanarchitecture.application.todolists.queries.TodoListDto;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.TodoList;
import org.junit.jupiter.api.Test;
import org.mapstruct.factory.Mappers;

class GetTodosHandlerTest {

  private static final String ADA = "ada";
  private static final String BOB = "bob";

  private final InMemoryTodoListRepository todoLists = new InMemoryTodoListRepository();
  private final InMemoryTodoItemRepository todoItems = new InMemoryTodoItemRepository(todoLists);
  private final GetTodosHandler handler =
      new GetTodosHandler(
          new InMemoryTodoListReads(todoLists, todoItems),
          FakeCurrentUser.user(ADA),
          Mappers.getMapper(LookupMapper.class));

  @Test
  void shouldReturnOnlyTheCallersLists() {
    todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));
    todoLists.add(TodoList.create(todoLists.nextId(), "Bob's secrets", Colour.WHITE, BOB));

    var todos = handler.handle(new GetTodosQuery());

    assertThat(todos.lists()).extracting(TodoListDto::title).containsExactly("Shopping");
  }

  @Test
  void shouldDescribeEachListWithItsItems() {
    var list = todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.RED, ADA));
    var milk = todoItems.add(list.addItem(todoItems.nextId(), "Milk"));

    var todos = handler.handle(new GetTodosQuery());

    assertThat(todos.lists())
        .containsExactly(
            new TodoListDto(
                list.getId(),
                "Shopping",
                "#FF5733",
                0,
                List.of(new TodoItemDto(milk.getId(), list.getId(), "Milk", false, 0, null, 0))));
  }

  @Test
  void shouldOfferTheFourPriorityLevels() {
    var todos = handler.handle(new GetTodosQuery());

    assertThat(todos.priorityLevels())
        .containsExactly(
            new PriorityLevelDto(0, "None"),
            new PriorityLevelDto(1, "Low"),
            new PriorityLevelDto(2, "Medium"),
            new PriorityLevelDto(3, "High"));
  }

  @Test
  void shouldOfferTheEightSupportedColours() {
    var todos = handler.handle(new GetTodosQuery());

    assertThat(todos.colours())
        .containsExactly(
            new ColourDto("#FFFFFF", "White"),
            new ColourDto("#FF5733", "Red"),
            new ColourDto("#FFC300", "Orange"),
            new ColourDto("#FFFF66", "Yellow"),
            new ColourDto("#CCFF99", "Green"),
            new ColourDto("#6666FF", "Blue"),
            new ColourDto("#9966CC", "Purple"),
            new ColourDto("#999999", "Grey"));
  }
}
