package org.acme.cleanarchitecture.application.todoitems.commands.updatetodoitem;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.mediator.CommandHandler;
import org.acme.cleanarchitecture.application.common.ownership.OwnedTodos;

@ApplicationScoped
class UpdateTodoItemHandler implements CommandHandler<UpdateTodoItemCommand, Void> {

  private final OwnedTodos owned;

  UpdateTodoItemHandler(OwnedTodos owned) {
    this.owned = owned;
  }

  @Override
  public Void handle(UpdateTodoItemCommand command) {
    var item = owned.item(command.id());
    item.requireVersion(command.expectedVersion());
    item.rename(command.title());
    if (command.done()) {
      item.complete();
    } else {
      item.reopen();
    }
    return null;
  }
}
