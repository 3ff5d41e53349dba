package org.acme.cleanarchitecture.application.todolists.queries.gettodos;

import static java.util.stream.Collectors.groupingBy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.acme.cleanarchitecture.application.common.mediator.QueryHandler;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.acme.cleanarchitecture.application.common.ports.TodoItemRepository;
import org.acme.cleanarchitecture.application.common.ports.TodoListRepository;
import org.acme.cleanarchitecture.application.todolists.queries.TodoItemDto;
import org.acme.cleanarchitecture.application.todolists.queries.TodoMapper;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.PriorityLevel;

/** Two queries whatever the number of lists and items: the lists, then all their items. */
@ApplicationScoped
class GetTodosHandler implements QueryHandler<GetTodosQuery, TodosVm> {

  private final TodoListRepository todoLists;
  private final TodoItemRepository todoItems;
  private final CurrentUser currentUser;
  private final TodoMapper todoMapper;
  private final LookupMapper lookupMapper;

  GetTodosHandler(
      TodoListRepository todoLists,
      TodoItemRepository todoItems,
      CurrentUser currentUser,
      TodoMapper todoMapper,
      LookupMapper lookupMapper) {
    this.todoLists = todoLists;
    this.todoItems = todoItems;
    this.currentUser = currentUser;
    this.todoMapper = todoMapper;
    this.lookupMapper = lookupMapper;
  }

  @Override
  public TodosVm handle(GetTodosQuery query) {
    var owner = currentUser.requireId();
    var itemsByList =
        todoMapper.toItemDtos(todoItems.allOwnedBy(owner)).stream()
            .collect(groupingBy(TodoItemDto::listId));
    var lists =
        todoLists.allOwnedByOrderedByTitle(owner).stream()
            .map(list -> todoMapper.toDto(list, itemsByList.getOrDefault(list.getId(), List.of())))
            .toList();
    return new TodosVm(
        lists,
        lookupMapper.toPriorityLevelDtos(List.of(PriorityLevel.values())),
        lookupMapper.toColourDtos(List.of(Colour.values())));
  }
}
