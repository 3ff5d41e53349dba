package org.acme.cleanarchitecture.application.testsupport.contracts;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.acme.cleanarchitecture.application.common.ports.TodoItemRepository;
import org.acme.cleanarchitecture.application.common.ports.TodoListRepository;
import org.acme.cleanarchitecture.application.common.ports.Transactions;
import org.acme.cleanarchitecture.application.todolists.queries.TodoListReads;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.TodoItem;
import org.acme.cleanarchitecture.domain.todolists.TodoList;

/**
 * The implementations of the repository and read ports that a contract suite checks, fakes or
 * adapters, with the transactions they need, and the few steps every contract test builds on.
 */
public record TodoStores(
    TodoListRepository todoLists,
    TodoItemRepository todoItems,
    TodoListReads reads,
    Transactions transactions) {

  /** Five ids drawn in one transaction, as one command that creates several entities would. */
  List<Long> drawIds(Supplier<Long> nextId) {
    return transactions.inTransaction(() -> Stream.generate(nextId).limit(5).toList());
  }

  TodoList addList(String owner, String title) {
    return transactions.inTransaction(
        () -> todoLists.add(TodoList.create(todoLists.nextId(), title, Colour.WHITE, owner)));
  }

  /** Adds the items to the list, in this order, and returns the last one. */
  TodoItem addItems(TodoList list, String... titles) {
    return transactions.inTransaction(
        () -> {
          TodoItem last = null;
          for (var title : titles) {
            last = todoItems.add(list.addItem(todoItems.nextId(), title));
          }
          return last;
        });
  }
}
