package org.acme.cleanarchitecture.application.todolists.commands.updatetodolist;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.mediator.CommandHandler;
import org.acme.cleanarchitecture.application.common.ownership.OwnedTodos;
import org.acme.cleanarchitecture.domain.todolists.Colour;

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
    list.changeColour(Colour.fromCode(command.colour()));
    return null;
  }
}
