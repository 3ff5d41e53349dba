package org.acme.cleanarchitecture.infrastructure.seed;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.acme.cleanarchitecture.application.common.ports.TodoItemRepository;
import org.acme.cleanarchitecture.application.common.ports.TodoListRepository;
import org.acme.cleanarchitecture.application.common.ports.Transactions;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.TodoList;

/**
 * In development only: gives the seed user a "Tasks" list with a few items, once. Running it again
 * changes nothing.
 */
@IfBuildProfile("dev")
@ApplicationScoped
class DevelopmentDataSeeder {

  static final String SEED_USER = "administrator@localhost";
  static final String SEED_LIST = "Tasks";

  private static final List<String> SEED_ITEMS =
      List.of(
          "Make a todo list",
          "Check off the first item",
          "Realise you've already done two things on the list!",
          "Reward yourself with a nice, long nap");

  private final Transactions transactions;
  private final TodoListRepository todoLists;
  private final TodoItemRepository todoItems;

  DevelopmentDataSeeder(
      Transactions transactions, TodoListRepository todoLists, TodoItemRepository todoItems) {
    this.transactions = transactions;
    this.todoLists = todoLists;
    this.todoItems = todoItems;
  }

  void seed(@Observes StartupEvent started) {
    transactions.inTransaction(
        () -> {
          if (!todoLists.isTitleTaken(SEED_USER, SEED_LIST, null)) {
            var list =
                todoLists.add(
                    TodoList.create(todoLists.nextId(), SEED_LIST, Colour.WHITE, SEED_USER));
            SEED_ITEMS.forEach(title -> todoItems.add(list.addItem(todoItems.nextId(), title)));
          }
          return null;
        });
  }
}
