package org.acme.cleanarchitecture.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
import org.acme.cleanarchitecture.application.common.exceptions.ConflictException;
import org.acme.cleanarchitecture.application.common.ports.TodoListRepository;
import org.acme.cleanarchitecture.application.common.ports.Transactions;
import org.acme.cleanarchitecture.application.users.UserAccount;
import org.acme.cleanarchitecture.application.users.UserAccounts;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.TodoList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transactions commit or roll back as a whole, and races the database detects become 409s. */
@QuarkusTest
class QuarkusTransactionsTest {

  private static final String ADA_EMAIL = "ada@example.org";

  @Inject TestTables tables;
  @Inject Transactions transactions;
  @Inject UserAccounts accounts;
  @Inject EntityManager entityManager;
  // sample:begin
  @Inject TodoListRepository todoLists;

  // sample:end

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
                      accounts.add(account(ADA_EMAIL));
                      // Writes the row now, so the rollback has a stored row to undo.
                      entityManager.flush();
                      throw new IllegalStateException("the handler failed");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the handler failed");

    assertThat(accounts.findByEmail(ADA_EMAIL)).isEmpty();
  }

  @Test
  void shouldTurnAUniqueValueSavedMeanwhileIntoConflict() {
    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> {
                      accounts.add(account(ADA_EMAIL));
                      accounts.add(account(ADA_EMAIL));
                      // Writes the rows now, as a commit would.
                      entityManager.flush();
                      return null;
                    }))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("unique");
    assertThat(accounts.findByEmail(ADA_EMAIL)).isEmpty();
  }

  @Test
  void shouldTranslateARaceOnceWhenTransactionsAreNested() {
    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () ->
                        transactions.inTransaction(
                            () -> {
                              accounts.add(account(ADA_EMAIL));
                              accounts.add(account(ADA_EMAIL));
                              entityManager.flush();
                              return null;
                            })))
        .isInstanceOf(ConflictException.class)
        .cause()
        .isNotInstanceOf(ConflictException.class);
  }

  private static UserAccount account(String email) {
    return UserAccount.create(email, "a password hash", Set.of());
  }

  // sample:begin
  @Test
  void shouldTurnAChangeMadeMeanwhileIntoConflict() {
    var owner = "ada";
    var id =
        transactions
            .inTransaction(
                () ->
                    todoLists.add(
                        TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, owner)))
            .getId();

    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> {
                      var list = todoLists.findOwned(id, owner).orElseThrow();
                      renameInAnotherTransaction(id, "Groceries");
                      list.rename("Food");
                      return null;
                    }))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("changed by another request");
    assertThat(todoLists.findOwned(id, owner))
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
  // sample:end
}
