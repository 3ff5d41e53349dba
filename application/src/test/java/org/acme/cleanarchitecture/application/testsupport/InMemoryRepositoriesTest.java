package org.acme.cleanarchitecture.application.testsupport;

import org.acme.cleanarchitecture.application.testsupport.contracts.TodoItemRepositoryContract;
import org.acme.cleanarchitecture.application.testsupport.contracts.TodoListReadsContract;
import org.acme.cleanarchitecture.application.testsupport.contracts.TodoListRepositoryContract;
import org.acme.cleanarchitecture.application.testsupport.contracts.TodoStores;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes keep the same contracts as the adapters the service runs on. */
class InMemoryRepositoriesTest {

  private final TodoStores stores = newStores();

  private static TodoStores newStores() {
    var todoLists = new InMemoryTodoListRepository();
    var todoItems = new InMemoryTodoItemRepository(todoLists);
    return new TodoStores(
        todoLists,
        todoItems,
        new InMemoryTodoListReads(todoLists, todoItems),
        new RecordingTransactions());
  }

  @Nested
  class TodoLists extends TodoListRepositoryContract {
    @Override
    protected TodoStores stores() {
      return stores;
    }
  }

  @Nested
  class TodoItems extends TodoItemRepositoryContract {
    @Override
    protected TodoStores stores() {
      return stores;
    }
  }

  @Nested
  class Reads extends TodoListReadsContract {
    @Override
    protected TodoStores stores() {
      return stores;
    }
  }
}
