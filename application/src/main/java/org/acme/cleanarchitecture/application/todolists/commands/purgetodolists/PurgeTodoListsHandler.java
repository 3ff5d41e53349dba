package org.acme.cleanarchitecture.application.todolists.commands.purgetodolists;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.mediator.CommandHandler;
import org.acme.cleanarchitecture.application.common.ports.TodoListRepository;

@ApplicationScoped
class PurgeTodoListsHandler implements CommandHandler<PurgeTodoListsCommand, Void> {

  private final TodoListRepository todoLists;

  PurgeTodoListsHandler(TodoListRepository todoLists) {
    this.todoLists = todoLists;
  }

  @Override
  public Void handle(PurgeTodoListsCommand command) {
    todoLists.removeAll();
    return null;
  }
}
