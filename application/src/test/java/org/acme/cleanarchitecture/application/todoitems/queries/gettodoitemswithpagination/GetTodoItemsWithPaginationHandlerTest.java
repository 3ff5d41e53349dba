package org.acme.cleanarchitecture.application.todoitems.queries.gettodoitemswithpagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.acme.cleanarchitecture.application.common.exceptions.NotFoundException;
import org.acme.cleanarchitecture.application.common.models.PaginatedList;
import org.acme.cleanarchitecture.application.common.ownership.OwnedTodos;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.acme.cleanarchitecture.application.testsupport.InMemoryTodoItemRepository;
import org.acme.cleanarchitecture.application.testsupport.InMemoryTodoListRepository;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.TodoList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mapstruct.factory.Mappers;

class GetTodoItemsWithPaginationHandlerTest {

  private static final String ADA = "ada";
  private static final String BOB = "bob";
  private static final int PAGE_SIZE = 10;

  private final InMemoryTodoListRepository todoLists = new InMemoryTodoListRepository();
  private final InMemoryTodoItemRepository todoItems = new InMemoryTodoItemRepository(todoLists);
  private final GetTodoItemsWithPaginationHandler handler =
      new GetTodoItemsWithPaginationHandler(
          new OwnedTodos(todoLists, todoItems, FakeCurrentUser.user(ADA)),
          todoItems,
          Mappers.getMapper(TodoItemBriefMapper.class));

  private TodoList shopping;

  @BeforeEach
  void storeTwentyFiveItemsAddedInReverseTitleOrder() {
    shopping = todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));
    for (int number = 25; number >= 1; number--) {
      todoItems.add(shopping.addItem(todoItems.nextId(), title(number)));
    }
  }

  @Test
  void shouldReturnTheFirstPageOrderedByTitle() {
    var page = pageNumber(1);

    assertThat(titlesOn(page)).isEqualTo(titles(1, 10));
    assertThat(page.pageNumber()).isEqualTo(1);
    assertThat(page.totalPages()).isEqualTo(3);
    assertThat(page.totalCount()).isEqualTo(25);
    assertThat(page.hasPreviousPage()).isFalse();
    assertThat(page.hasNextPage()).isTrue();
  }

  @Test
  void shouldReturnAMiddlePageOrderedByTitle() {
    var page = pageNumber(2);

    assertThat(titlesOn(page)).isEqualTo(titles(11, 20));
    assertThat(page.pageNumber()).isEqualTo(2);
    assertThat(page.totalPages()).isEqualTo(3);
    assertThat(page.totalCount()).isEqualTo(25);
    assertThat(page.hasPreviousPage()).isTrue();
    assertThat(page.hasNextPage()).isTrue();
  }

  @Test
  void shouldReturnTheLastPageOrderedByTitle() {
    var page = pageNumber(3);

    assertThat(titlesOn(page)).isEqualTo(titles(21, 25));
    assertThat(page.pageNumber()).isEqualTo(3);
    assertThat(page.totalPages()).isEqualTo(3);
    assertThat(page.totalCount()).isEqualTo(25);
    assertThat(page.hasPreviousPage()).isTrue();
    assertThat(page.hasNextPage()).isFalse();
  }

  @Test
  void shouldPageOnlyTheItemsOfTheRequestedList() {
    var chores = todoLists.add(TodoList.create(todoLists.nextId(), "Chores", Colour.WHITE, ADA));
    todoItems.add(chores.addItem(todoItems.nextId(), "Dishes"));

    var page = pageNumber(1);

    assertThat(page.totalCount()).isEqualTo(25);
    assertThat(page.items()).extracting(TodoItemBriefDto::listId).containsOnly(shopping.getId());
  }

  @Test
  void shouldDescribeEachItemBriefly() {
    var list = todoLists.add(TodoList.create(todoLists.nextId(), "Chores", Colour.WHITE, ADA));
    var dishes = todoItems.add(list.addItem(todoItems.nextId(), "Dishes"));
    dishes.complete();

    var page = handler.handle(new GetTodoItemsWithPaginationQuery(list.getId(), 1, PAGE_SIZE));

    assertThat(page.items())
        .containsExactly(new TodoItemBriefDto(dishes.getId(), list.getId(), "Dishes", true));
  }

  @Test
  void shouldReturnNoPagesForAListWithoutItems() {
    var empty = todoLists.add(TodoList.create(todoLists.nextId(), "Chores", Colour.WHITE, ADA));

    var page = handler.handle(new GetTodoItemsWithPaginationQuery(empty.getId(), 1, PAGE_SIZE));

    assertThat(page.items()).isEmpty();
    assertThat(page.totalPages()).isZero();
    assertThat(page.totalCount()).isZero();
    assertThat(page.hasPreviousPage()).isFalse();
    assertThat(page.hasNextPage()).isFalse();
  }

  @Test
  void shouldNotFindMissingList() {
    assertThatThrownBy(() -> handler.handle(new GetTodoItemsWithPaginationQuery(99L, 1, PAGE_SIZE)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldNotFindAnotherUsersList() {
    var bobsList = todoLists.add(TodoList.create(todoLists.nextId(), "Chores", Colour.WHITE, BOB));
    todoItems.add(bobsList.addItem(todoItems.nextId(), "Dishes"));
    var query = new GetTodoItemsWithPaginationQuery(bobsList.getId(), 1, PAGE_SIZE);

    assertThatThrownBy(() -> handler.handle(query)).isInstanceOf(NotFoundException.class);
  }

  private PaginatedList<TodoItemBriefDto> pageNumber(int pageNumber) {
    return handler.handle(
        new GetTodoItemsWithPaginationQuery(shopping.getId(), pageNumber, PAGE_SIZE));
  }

  private static List<String> titlesOn(PaginatedList<TodoItemBriefDto> page) {
    return page.items().stream().map(TodoItemBriefDto::title).toList();
  }

  private static List<String> titles(int firstNumber, int lastNumber) {
    return IntStream.rangeClosed(firstNumber, lastNumber)
        .mapToObj(GetTodoItemsWithPaginationHandlerTest::title)
        .toList();
  }

  private static String title(int number) {
    return "Item %02d".formatted(number);
  }
}
