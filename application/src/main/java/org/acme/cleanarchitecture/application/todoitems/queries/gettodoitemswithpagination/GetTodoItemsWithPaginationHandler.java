package org.acme.cleanarchitecture.application.todoitems.queries.gettodoitemswithpagination;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import org.acme.cleanarchitecture.application.common.mediator.QueryHandler;
import org.acme.cleanarchitecture.application.common.models.PaginatedList;
import org.acme.cleanarchitecture.application.common.ownership.OwnedTodos;
import org.acme.cleanarchitecture.application.common.ports.TodoItemRepository;

@ApplicationScoped
class GetTodoItemsWithPaginationHandler
    implements QueryHandler<GetTodoItemsWithPaginationQuery, PaginatedList<TodoItemBriefDto>> {

  private static final int FIRST_PAGE = 1;

  private final OwnedTodos owned;
  private final TodoItemRepository todoItems;
  private final TodoItemBriefMapper mapper;

  GetTodoItemsWithPaginationHandler(
      OwnedTodos owned, TodoItemRepository todoItems, TodoItemBriefMapper mapper) {
    this.owned = owned;
    this.todoItems = todoItems;
    this.mapper = mapper;
  }

  @Override
  public PaginatedList<TodoItemBriefDto> handle(GetTodoItemsWithPaginationQuery query) {
    var listId = owned.list(query.listId()).getId();
    if (query.cursor() == null) {
      return numberedPage(
          listId, Objects.requireNonNullElse(query.pageNumber(), FIRST_PAGE), query);
    }
    var atStart = query.cursor().equals(TodoItemsCursor.FIRST);
    // The validator has refused a cursor that does not decode, or that belongs to another list.
    var after =
        atStart
            ? TodoItemsCursor.start(listId)
            : TodoItemsCursor.decode(query.cursor()).orElseThrow();
    // One item more than the page shows tells whether another page follows, without counting.
    var itemsAndOneMore =
        todoItems.itemsOfListAfter(listId, after.title(), after.id(), query.pageSize() + 1);
    return PaginatedList.afterCursor(
        mapper.toDtos(itemsAndOneMore),
        query.pageSize(),
        !atStart,
        GetTodoItemsWithPaginationHandler::cursorAfter);
  }

  private PaginatedList<TodoItemBriefDto> numberedPage(
      long listId, int pageNumber, GetTodoItemsWithPaginationQuery query) {
    var page = todoItems.pageOfList(listId, pageNumber, query.pageSize());
    return PaginatedList.of(
        mapper.toDtos(page.items()),
        page.totalCount(),
        pageNumber,
        query.pageSize(),
        GetTodoItemsWithPaginationHandler::cursorAfter);
  }

  private static String cursorAfter(TodoItemBriefDto item) {
    return TodoItemsCursor.after(item).encode();
  }
}
