package org.acme.cleanarchitecture.application.todolists.queries.gettodos;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.acme.cleanarchitecture.application.common.mediator.QueryHandler;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.acme.cleanarchitecture.application.todolists.queries.TodoListReads;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.PriorityLevel;

/**
 * Reads the caller's lists straight into DTOs: nothing here changes them, so no aggregate loads.
 */
@ApplicationScoped
class GetTodosHandler implements QueryHandler<GetTodosQuery, TodosVm> {

  private final TodoListReads todoLists;
  private final CurrentUser currentUser;
  private final LookupMapper lookupMapper;

  GetTodosHandler(TodoListReads todoLists, CurrentUser currentUser, LookupMapper lookupMapper) {
    this.todoLists = todoLists;
    this.currentUser = currentUser;
    this.lookupMapper = lookupMapper;
  }

  @Override
  public TodosVm handle(GetTodosQuery query) {
    return new TodosVm(
        todoLists.allOwnedBy(currentUser.requireId()),
        lookupMapper.toPriorityLevelDtos(List.of(PriorityLevel.values())),
        lookupMapper.toColourDtos(List.of(Colour.values())));
  }
}
