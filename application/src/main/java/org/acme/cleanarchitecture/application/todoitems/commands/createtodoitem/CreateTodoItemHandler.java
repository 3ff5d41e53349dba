package org.acme.cleanarchitecture.application.todoitems.commands.createtodoitem;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.mediator.CommandHandler;
import org.acme.cleanarchitecture.application.common.ownership.OwnedTodos;
import org.acme.cleanarchitecture.application.common.ports.TodoItemRepository;

@ApplicationScoped
class CreateTodoItemHandler implements CommandHandler<CreateTodoItemCommand, Long> {

  private final OwnedTodos owned;
  private final TodoItemRepository todoItems;

  CreateTodoItemHandler(OwnedTodos owned, TodoItemRepository todoItems) {
    this.owned = owned;
    this.todoItems = todoItems;
  }

  @Override
  public Long handle(CreateTodoItemCommand command) {
    var list = owned.list(command.listId());
    var item = list.addItem(todoItems.nextId(), command.title());
    return todoItems.add(item).getId();
  }
}
