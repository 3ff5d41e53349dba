package org.acme.cleanarchitecture.application.common.ownership;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.exceptions.NotFoundException;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.acme.cleanarchitecture.application.common.ports.TodoItemRepository;
import org.acme.cleanarchitecture.application.common.ports.TodoListRepository;
import org.acme.cleanarchitecture.domain.todolists.TodoItem;
import org.acme.cleanarchitecture.domain.todolists.TodoList;

/**
 * Finds the caller's own lists and items for the use cases; anything else is not found, so another
 * user's data looks exactly like missing data.
 */
@ApplicationScoped
public class OwnedTodos {

  private final TodoListRepository todoLists;
  private final TodoItemRepository todoItems;
  private final CurrentUser currentUser;

  public OwnedTodos(
      TodoListRepository todoLists, TodoItemRepository todoItems, CurrentUser currentUser) {
    this.todoLists = todoLists;
    this.todoItems = todoItems;
    this.currentUser = currentUser;
  }

  /**
   * @throws NotFoundException if the caller has no such list
   */
  public TodoList list(long listId) {
    return todoLists
        .findOwned(listId, currentUser.requireId())
        .orElseThrow(() -> new NotFoundException("Todo list", listId));
  }

  /**
   * @throws NotFoundException if the caller has no such item
   */
  public TodoItem item(long itemId) {
    return todoItems
        .findOwned(itemId, currentUser.requireId())
        .orElseThrow(() -> new NotFoundException("Todo item", itemId));
  }
}
