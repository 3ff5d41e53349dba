package org.acme.cleanarchitecture.application.todolists.commands.updatetodolist;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.exceptions.NotFoundException;
import org.acme.cleanarchitecture.application.common.mediator.CommandHandler;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.acme.cleanarchitecture.application.todolists.TodoListRepository;
import org.acme.cleanarchitecture.domain.todolists.Colour;

@ApplicationScoped
class UpdateTodoListHandler implements CommandHandler<UpdateTodoListCommand, Void> {

  private final TodoListRepository todoLists;
  private final CurrentUser currentUser;

  UpdateTodoListHandler(TodoListRepository todoLists, CurrentUser currentUser) {
    this.todoLists = todoLists;
    this.currentUser = currentUser;
  }

  @Override
  public Void handle(UpdateTodoListCommand command) {
    var list =
        todoLists
            .findOwned(command.id(), currentUser.requireId())
            .orElseThrow(() -> new NotFoundException("Todo list", command.id()));
    list.requireVersion(command.expectedVersion());
    list.rename(command.title());
    list.changeColour(Colour.fromCode(command.colour()));
    return null;
  }
}
