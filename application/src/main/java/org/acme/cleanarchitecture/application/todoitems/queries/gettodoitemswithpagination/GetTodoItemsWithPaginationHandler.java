package org.acme.cleanarchitecture.application.todoitems.queries.gettodoitemswithpagination;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.mediator.QueryHandler;
import org.acme.cleanarchitecture.application.common.models.PaginatedList;
import org.acme.cleanarchitecture.application.common.ownership.OwnedTodos;
import org.acme.cleanarchitecture.application.common.ports.TodoItemRepository;

@ApplicationScoped
class GetTodoItemsWithPaginationHandler
    implements QueryHandler<GetTodoItemsWithPaginationQuery, PaginatedList<TodoItemBriefDto>> {

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
    var list = owned.list(query.listId());
    var page = todoItems.pageOfList(list.getId(), query.pageNumber(), query.pageSize());
    return PaginatedList.of(
        mapper.toDtos(page.items()), page.totalCount(), query.pageNumber(), query.pageSize());
  }
}
