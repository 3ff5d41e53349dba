package org.acme.cleanarchitecture.application.todolists.commands.createtodolist;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.mediator.CommandHandler;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.acme.cleanarchitecture.application.common.ports.TodoListRepository;
import org.acme.cleanarchitecture.application.todolists.RequestedColour;
import org.acme.cleanarchitecture.domain.todolists.TodoList;

@ApplicationScoped
class CreateTodoListHandler implements CommandHandler<CreateTodoListCommand, Long> {

  private final TodoListRepository todoLists;
  private final CurrentUser currentUser;

  CreateTodoListHandler(TodoListRepository todoLists, CurrentUser currentUser) {
    this.todoLists = todoLists;
    this.currentUser = currentUser;
  }

  @Override
  public Long handle(CreateTodoListCommand command) {
    // Checked before drawing an id, so a refused request costs no trip to the database.
    var owner = currentUser.requireId();
    var colour = RequestedColour.of(command.colour());
    var list = TodoList.create(todoLists.nextId(), command.title(), colour, owner);
    return todoLists.add(list).getId();
  }
}
