package org.acme.cleanarchitecture.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.acme.cleanarchitecture.application.common.exceptions.ConflictException;
import org.acme.cleanarchitecture.application.common.ports.TodoListRepository;
import org.acme.cleanarchitecture.application.common.ports.Transactions;
import org.acme.cleanarchitecture.application.todolists.queries.TodoListReads;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.TodoList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transactions commit or roll back as a whole, and races the database detects become 409s. */
@QuarkusTest
class QuarkusTransactionsTest {

  private static final String ADA = "ada";

  @Inject TestTables tables;
  @Inject Transactions transactions;
  @Inject TodoListRepository todoLists;
  @Inject TodoListReads reads;
  @Inject EntityManager entityManager;

  @BeforeEach
  void startFromEmptyTables() {
    tables.empty();
  }

  @Test
  void shouldTellWhetherTheCallerIsInsideATransaction() {
    assertThat(transactions.isActive()).isFalse();
    assertThat(transactions.inTransaction(transactions::isActive)).isTrue();
  }

  @Test
  void shouldRollBackEverythingWhenTheWorkFails() {
    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> {
                      todoLists.add(
                          TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));
                      // Writes the row now, so the rollback has a stored row to undo.
                      entityManager.flush();
                      throw new IllegalStateException("the handler failed");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the handler failed");

    assertThat(reads.allOwnedBy(ADA)).isEmpty();
  }

  @Test
  void shouldTurnATitleSavedMeanwhileIntoConflict() {
    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> {
                      todoLists.add(
                          TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));
                      return todoLists.add(
                          TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));
                    }))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("unique");
    assertThat(reads.allOwnedBy(ADA)).isEmpty();
  }

  @Test
  void shouldTranslateARaceOnceWhenTransactionsAreNested() {
    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () ->
                        transactions.inTransaction(
                            () -> {
                              todoLists.add(
                                  TodoList.create(
                                      todoLists.nextId(), "Shopping", Colour.WHITE, ADA));
                              return todoLists.add(
                                  TodoList.create(
                                      todoLists.nextId(), "Shopping", Colour.WHITE, ADA));
                            })))
        .isInstanceOf(ConflictException.class)
        .cause()
        .isNotInstanceOf(ConflictException.class);
  }

  @Test
  void shouldTurnAChangeMadeMeanwhileIntoConflict() {
    var id =
        transactions
            .inTransaction(
                () ->
                    todoLists.add(
                        TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA)))
            .getId();

    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> {
                      var list = todoLists.findOwned(id, ADA).orElseThrow();
                      renameInAnotherTransaction(id, "Groceries");
                      list.rename("Food");
                      return null;
                    }))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("changed by another request");
    assertThat(todoLists.findOwned(id, ADA))
        .get()
        .extracting(TodoList::getTitle)
        .isEqualTo("Groceries");
  }

  private void renameInAnotherTransaction(long id, String title) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createNativeQuery(
                        "UPDATE todo_lists SET title = ?1, version = version + 1 WHERE id = ?2")
                    .setParameter(1, title)
                    .setParameter(2, id)
                    .executeUpdate());
  }
}
