package org.acme.cleanarchitecture.application.todolists.queries.gettodolists;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.acme.cleanarchitecture.application.common.mediator.QueryHandler;
import org.acme.cleanarchitecture.application.todolists.TodoListRepository;

@ApplicationScoped
class GetTodoListsHandler implements QueryHandler<GetTodoListsQuery, List<TodoListDto>> {

  private final TodoListRepository todoLists;
  private final TodoListMapper mapper;

  GetTodoListsHandler(TodoListRepository todoLists, TodoListMapper mapper) {
    this.todoLists = todoLists;
    this.mapper = mapper;
  }

  @Override
  public List<TodoListDto> handle(GetTodoListsQuery query) {
    return mapper.toDtos(todoLists.allOrderedByTitle());
  }
}
