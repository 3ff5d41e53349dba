package org.acme.cleanarchitecture.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.atomic.AtomicLong;
import org.acme.cleanarchitecture.application.common.ports.TodoItemRepository;
import org.acme.cleanarchitecture.application.common.ports.TodoListRepository;
import org.acme.cleanarchitecture.application.common.ports.Transactions;
import org.acme.cleanarchitecture.application.testsupport.contracts.TodoItemRepositoryContract;
import org.acme.cleanarchitecture.application.testsupport.contracts.TodoListReadsContract;
import org.acme.cleanarchitecture.application.testsupport.contracts.TodoListRepositoryContract;
import org.acme.cleanarchitecture.application.testsupport.contracts.TodoStores;
import org.acme.cleanarchitecture.application.todolists.queries.TodoListReads;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The persistence adapters keep the repository and read contracts that the in-memory fakes keep,
 * against the schema Flyway creates; and their ids come from sequences that never hand one out
 * twice; and each statement goes through one query plan that Hibernate caches once.
 */
@QuarkusTest
class PanacheRepositoriesTest {

  @Inject TestTables tables;
  @Inject Transactions transactions;
  @Inject TodoListRepository todoLists;
  @Inject TodoItemRepository todoItems;
  @Inject TodoListReads reads;
  @Inject EntityManagerFactory entityManagerFactory;

  @BeforeEach
  void startFromEmptyTables() {
    tables.empty();
  }

  private TodoStores stores() {
    return new TodoStores(todoLists, todoItems, reads, transactions);
  }

  @Nested
  class TodoLists extends TodoListRepositoryContract {
    @Override
    protected TodoStores stores() {
      return PanacheRepositoriesTest.this.stores();
    }
  }

  @Nested
  class TodoItems extends TodoItemRepositoryContract {
    @Override
    protected TodoStores stores() {
      return PanacheRepositoriesTest.this.stores();
    }
  }

  @Nested
  class Reads extends TodoListReadsContract {
    @Override
    protected TodoStores stores() {
      return PanacheRepositoriesTest.this.stores();
    }
  }

  @Test
  void shouldNeverHandOutAnIdAgainEvenAfterARollback() {
    var rolledBackListId = new AtomicLong();
    var rolledBackItemId = new AtomicLong();

    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> {
                      rolledBackListId.set(todoLists.nextId());
                      rolledBackItemId.set(todoItems.nextId());
                      throw new IllegalStateException("the handler failed");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(transactions.inTransaction(todoLists::nextId)).isGreaterThan(rolledBackListId.get());
    assertThat(transactions.inTransaction(todoItems::nextId)).isGreaterThan(rolledBackItemId.get());
  }

  @Test
  void shouldDrawEveryIdThroughOneCachedQueryPlan() {
    assertThatRepeatingAddsNoQueryPlan(() -> transactions.inTransaction(todoItems::nextId));
  }

  @Test
  void shouldReadEveryTimeThroughTheSameCachedQueryPlans() {
    assertThatRepeatingAddsNoQueryPlan(() -> reads.allOwnedBy("ada"));
  }

  private void assertThatRepeatingAddsNoQueryPlan(Runnable work) {
    var queryPlans =
        entityManagerFactory
            .unwrap(SessionFactoryImplementor.class)
            .getQueryEngine()
            .getInterpretationCache();
    work.run();
    var cachedAfterTheFirstTime = queryPlans.getNumberOfCachedQueryPlans();

    for (var again = 0; again < 10; again++) {
      work.run();
    }

    assertThat(queryPlans.getNumberOfCachedQueryPlans()).isEqualTo(cachedAfterTheFirstTime);
  }
}
