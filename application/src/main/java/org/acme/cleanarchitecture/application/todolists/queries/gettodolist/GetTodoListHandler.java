package org.acme.cleanarchitecture.application.todolists.queries.gettodolist;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.exceptions.NotFoundException;
import org.acme.cleanarchitecture.application.common.mediator.QueryHandler;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.acme.cleanarchitecture.application.todolists.TodoItemRepository;
import org.acme.cleanarchitecture.application.todolists.TodoListRepository;
import org.acme.cleanarchitecture.application.todolists.queries.gettodos.TodoListDto;
import org.acme.cleanarchitecture.application.todolists.queries.gettodos.TodoMapper;

@ApplicationScoped
class GetTodoListHandler implements QueryHandler<GetTodoListQuery, TodoListDto> {

  private final TodoListRepository todoLists;
  private final TodoItemRepository todoItems;
  private final CurrentUser currentUser;
  private final TodoMapper mapper;

  GetTodoListHandler(
      TodoListRepository todoLists,
      TodoItemRepository todoItems,
      CurrentUser currentUser,
      TodoMapper mapper) {
    this.todoLists = todoLists;
    this.todoItems = todoItems;
    this.currentUser = currentUser;
    this.mapper = mapper;
  }

  @Override
  public TodoListDto handle(GetTodoListQuery query) {
    var list =
        todoLists
            .findOwned(query.id(), currentUser.requireId())
            .orElseThrow(() -> new NotFoundException("Todo list", query.id()));
    return mapper.toDto(list, mapper.toItemDtos(todoItems.inList(list.getId())));
  }
}
