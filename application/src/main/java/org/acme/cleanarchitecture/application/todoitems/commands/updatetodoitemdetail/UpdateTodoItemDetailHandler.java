package org.acme.cleanarchitecture.application.todoitems.commands.updatetodoitemdetail;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.mediator.CommandHandler;
import org.acme.cleanarchitecture.application.common.ownership.OwnedTodos;
import org.acme.cleanarchitecture.domain.todolists.PriorityLevel;

@ApplicationScoped
class UpdateTodoItemDetailHandler implements CommandHandler<UpdateTodoItemDetailCommand, Void> {

  private final OwnedTodos owned;

  UpdateTodoItemDetailHandler(OwnedTodos owned) {
    this.owned = owned;
  }

  @Override
  public Void handle(UpdateTodoItemDetailCommand command) {
    var item = owned.item(command.id());
    item.requireVersion(command.expectedVersion());
    if (!command.listId().equals(item.getListId())) {
      item.moveTo(owned.list(command.listId()));
    }
    item.changePriority(PriorityLevel.fromId(command.priority()));
    item.changeNote(command.note());
    return null;
  }
}
