package org.acme.cleanarchitecture.application.todolists.commands.deletetodolist;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.mediator.CommandHandler;
import org.acme.cleanarchitecture.application.common.ownership.OwnedTodos;
import org.acme.cleanarchitecture.application.common.ports.TodoListRepository;

@ApplicationScoped
class DeleteTodoListHandler implements CommandHandler<DeleteTodoListCommand, Void> {

  private final OwnedTodos owned;
  private final TodoListRepository todoLists;

  DeleteTodoListHandler(OwnedTodos owned, TodoListRepository todoLists) {
    this.owned = owned;
    this.todoLists = todoLists;
  }

  @Override
  public Void handle(DeleteTodoListCommand command) {
    var list = owned.list(command.id());
    list.requireVersion(command.expectedVersion());
    todoLists.remove(list);
    return null;
  }
}
