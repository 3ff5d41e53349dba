package org.acme.cleanarchitecture.application.todoitems.queries.gettodoitemswithpagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
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

    var page =
        handler.handle(new GetTodoItemsWithPaginationQuery(list.getId(), 1, PAGE_SIZE, null));

    assertThat(page.items())
        .containsExactly(new TodoItemBriefDto(dishes.getId(), list.getId(), "Dishes", true));
  }

  @Test
  void shouldReturnNoPagesForAListWithoutItems() {
    var empty = todoLists.add(TodoList.create(todoLists.nextId(), "Chores", Colour.WHITE, ADA));

    var page =
        handler.handle(new GetTodoItemsWithPaginationQuery(empty.getId(), 1, PAGE_SIZE, null));

    assertThat(page.items()).isEmpty();
    assertThat(page.totalPages()).isZero();
    assertThat(page.totalCount()).isZero();
    assertThat(page.hasPreviousPage()).isFalse();
    assertThat(page.hasNextPage()).isFalse();
  }

  @Test
  void shouldNotFindMissingList() {
    assertThatThrownBy(
            () -> handler.handle(new GetTodoItemsWithPaginationQuery(99L, 1, PAGE_SIZE, null)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldNotFindAnotherUsersList() {
    var bobsList = todoLists.add(TodoList.create(todoLists.nextId(), "Chores", Colour.WHITE, BOB));
    todoItems.add(bobsList.addItem(todoItems.nextId(), "Dishes"));
    var query = new GetTodoItemsWithPaginationQuery(bobsList.getId(), 1, PAGE_SIZE, null);

    assertThatThrownBy(() -> handler.handle(query)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldStartAtTheFirstPageWhenGivenNeitherNumberNorCursor() {
    var page =
        handler.handle(new GetTodoItemsWithPaginationQuery(shopping.getId(), null, 10, null));

    assertThat(titlesOn(page)).isEqualTo(titles(1, 10));
    assertThat(page.pageNumber()).isEqualTo(1);
  }

  @Test
  void shouldStartAtTheFirstPageWithoutCountingForTheCursorFirst() {
    var page = afterCursor("first");

    assertThat(titlesOn(page)).isEqualTo(titles(1, 10));
    assertThat(page.totalCount()).isNull();
    assertThat(page.hasPreviousPage()).isFalse();
    assertThat(page.hasNextPage()).isTrue();
    assertThat(titlesOn(afterCursor(page.nextCursor()))).isEqualTo(titles(11, 20));
  }

  @Test
  void shouldWalkEveryItemOnceInOrderByFollowingTheCursors() {
    var walked = new ArrayList<String>();
    var cursor = "first";
    while (cursor != null) {
      var page = afterCursor(cursor);
      walked.addAll(titlesOn(page));
      cursor = page.nextCursor();
    }

    assertThat(walked).isEqualTo(titles(1, 25));
  }

  @Test
  void shouldNeitherNumberNorCountAPageAfterACursor() {
    var page = afterCursor(pageNumber(1).nextCursor());

    assertThat(titlesOn(page)).isEqualTo(titles(11, 20));
    assertThat(page.pageNumber()).isNull();
    assertThat(page.totalPages()).isNull();
    assertThat(page.totalCount()).isNull();
    assertThat(page.hasPreviousPage()).isTrue();
    assertThat(page.hasNextPage()).isTrue();
  }

  @Test
  void shouldEndWithoutCursorOnTheLastPage() {
    var last = afterCursor(afterCursor(pageNumber(1).nextCursor()).nextCursor());

    assertThat(titlesOn(last)).isEqualTo(titles(21, 25));
    assertThat(last.hasNextPage()).isFalse();
    assertThat(last.nextCursor()).isNull();
    assertThat(pageNumber(3).nextCursor()).isNull();
  }

  @Test
  void shouldEndWithoutCursorWhenTheLastPageIsExactlyFull() {
    todoItems.add(shopping.addItem(todoItems.nextId(), title(50)));
    todoItems.add(shopping.addItem(todoItems.nextId(), title(51)));
    todoItems.add(shopping.addItem(todoItems.nextId(), title(52)));
    todoItems.add(shopping.addItem(todoItems.nextId(), title(53)));
    todoItems.add(shopping.addItem(todoItems.nextId(), title(54)));

    var last = afterCursor(afterCursor(pageNumber(1).nextCursor()).nextCursor());

    assertThat(last.items()).hasSize(PAGE_SIZE);
    assertThat(last.hasNextPage()).isFalse();
    assertThat(last.nextCursor()).isNull();
  }

  @Test
  void shouldContinueAfterTheCursorsItemWhenThatItemIsGone() {
    var firstPage = pageNumber(1);
    todoItems.remove(todoItems.findOwned(firstPage.items().get(9).id(), ADA).orElseThrow());

    assertThat(titlesOn(afterCursor(firstPage.nextCursor()))).isEqualTo(titles(11, 20));
  }

  private PaginatedList<TodoItemBriefDto> afterCursor(String cursor) {
    return handler.handle(
        new GetTodoItemsWithPaginationQuery(shopping.getId(), null, PAGE_SIZE, cursor));
  }

  private PaginatedList<TodoItemBriefDto> pageNumber(int pageNumber) {
    return handler.handle(
        new GetTodoItemsWithPaginationQuery(shopping.getId(), pageNumber, PAGE_SIZE, null));
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
