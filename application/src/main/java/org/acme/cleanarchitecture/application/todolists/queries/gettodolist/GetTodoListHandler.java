package org.acme.cleanarchitecture.application.todolists.queries.gettodolist;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.mediator.QueryHandler;
import org.acme.cleanarchitecture.application.common.ownership.OwnedTodos;
import org.acme.cleanarchitecture.application.common.ports.TodoItemRepository;
import org.acme.cleanarchitecture.application.todolists.queries.TodoListDto;
import org.acme.cleanarchitecture.application.todolists.queries.TodoMapper;

@ApplicationScoped
class GetTodoListHandler implements QueryHandler<GetTodoListQuery, TodoListDto> {

  private final OwnedTodos owned;
  private final TodoItemRepository todoItems;
  private final TodoMapper mapper;

  GetTodoListHandler(OwnedTodos owned, TodoItemRepository todoItems, TodoMapper mapper) {
    this.owned = owned;
    this.todoItems = todoItems;
    this.mapper = mapper;
  }

  @Override
  public TodoListDto handle(GetTodoListQuery query) {
    var list = owned.list(query.id());
    return mapper.toDto(list, mapper.toItemDtos(todoItems.inList(list.getId())));
  }
}
