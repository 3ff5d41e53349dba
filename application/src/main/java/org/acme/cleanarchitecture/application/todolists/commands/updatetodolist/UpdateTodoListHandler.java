package org.acme.cleanarchitecture.application.todolists.commands.updatetodolist;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.mediator.CommandHandler;
import org.acme.cleanarchitecture.application.common.ownership.OwnedTodos;
import org.acme.cleanarchitecture.application.todolists.RequestedColour;

@ApplicationScoped
class UpdateTodoListHandler implements CommandHandler<UpdateTodoListCommand, Void> {

  private final OwnedTodos owned;

  UpdateTodoListHandler(OwnedTodos owned) {
    this.owned = owned;
  }

  @Override
  public Void handle(UpdateTodoListCommand command) {
    var list = owned.list(command.id());
    list.requireVersion(command.expectedVersion());
    list.rename(command.title());
    list.changeColour(RequestedColour.of(command.colour()));
    return null;
  }
}
