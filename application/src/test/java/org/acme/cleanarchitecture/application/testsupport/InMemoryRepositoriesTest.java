package org.acme.cleanarchitecture.application.testsupport;

import org.acme.cleanarchitecture.application.testsupport.contracts.TodoItemRepositoryContract;
import org.acme.cleanarchitecture.application.testsupport.contracts.TodoListRepositoryContract;
import org.acme.cleanarchitecture.application.testsupport.contracts.TodoStores;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes keep the same contracts as the adapters the service runs on. */
class InMemoryRepositoriesTest {

  private final TodoStores stores = newStores();

  private static TodoStores newStores() {
    var todoLists = new InMemoryTodoListRepository();
    return new TodoStores(
        todoLists, new InMemoryTodoItemRepository(todoLists), new RecordingTransactions());
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
}
