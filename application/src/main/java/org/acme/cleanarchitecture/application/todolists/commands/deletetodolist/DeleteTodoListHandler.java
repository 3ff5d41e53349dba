package org.acme.cleanarchitecture.application.todolists.commands.deletetodolist;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.exceptions.NotFoundException;
import org.acme.cleanarchitecture.application.common.mediator.CommandHandler;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.acme.cleanarchitecture.application.todolists.TodoListRepository;

@ApplicationScoped
class DeleteTodoListHandler implements CommandHandler<DeleteTodoListCommand, Void> {

  private final TodoListRepository todoLists;
  private final CurrentUser currentUser;

  DeleteTodoListHandler(TodoListRepository todoLists, CurrentUser currentUser) {
    this.todoLists = todoLists;
    this.currentUser = currentUser;
  }

  @Override
  public Void handle(DeleteTodoListCommand command) {
    var list =
        todoLists
            .findOwned(command.id(), currentUser.requireId())
            .orElseThrow(() -> new NotFoundException("Todo list", command.id()));
    todoLists.remove(list);
    return null;
  }
}
