package org.acme.cleanarchitecture.application.todoitems.commands.deletetodoitem;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.mediator.CommandHandler;
import org.acme.cleanarchitecture.application.common.ownership.OwnedTodos;
import org.acme.cleanarchitecture.application.common.ports.TodoItemRepository;

@ApplicationScoped
class DeleteTodoItemHandler implements CommandHandler<DeleteTodoItemCommand, Void> {

  private final OwnedTodos owned;
  private final TodoItemRepository todoItems;

  DeleteTodoItemHandler(OwnedTodos owned, TodoItemRepository todoItems) {
    this.owned = owned;
    this.todoItems = todoItems;
  }

  @Override
  public Void handle(DeleteTodoItemCommand command) {
    var item = owned.item(command.id());
    item.requireVersion(command.expectedVersion());
    item.markDeleted();
    todoItems.remove(item);
    return null;
  }
}
