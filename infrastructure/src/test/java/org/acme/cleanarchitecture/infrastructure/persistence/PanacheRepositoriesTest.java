package org.acme.cleanarchitecture.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.acme.cleanarchitecture.application.common.ports.TodoItemRepository;
import org.acme.cleanarchitecture.application.common.ports.TodoListRepository;
import org.acme.cleanarchitecture.application.common.ports.Transactions;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.TodoItem;
import org.acme.cleanarchitecture.domain.todolists.TodoList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Panache adapters of the repository ports, against the schema Flyway creates. */
@QuarkusTest
class PanacheRepositoriesTest {

  private static final String ADA = "ada";
  private static final String GRACE = "grace";

  @Inject TestTables tables;
  @Inject Transactions transactions;
  @Inject TodoListRepository todoLists;
  @Inject TodoItemRepository todoItems;

  @BeforeEach
  void startFromEmptyTables() {
    tables.empty();
  }

  @Test
  void shouldStoreListAndItemUnderTheIdsTheyWereCreatedWith() {
    long listId = transactions.inTransaction(todoLists::nextId);
    long itemId = transactions.inTransaction(todoItems::nextId);

    transactions.inTransaction(
        () -> {
          var list = todoLists.add(TodoList.create(listId, "Shopping", Colour.WHITE, ADA));
          return todoItems.add(list.addItem(itemId, "Milk"));
        });

    assertThat(todoLists.findOwned(listId, ADA)).isPresent();
    assertThat(todoItems.findOwned(itemId, ADA))
        .get()
        .extracting(TodoItem::getListId)
        .isEqualTo(listId);
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
  void shouldFindListOnlyForItsOwner() {
    var id = addList(ADA, "Shopping").getId();

    assertThat(todoLists.findOwned(id, ADA))
        .get()
        .extracting(TodoList::getTitle)
        .isEqualTo("Shopping");
    assertThat(todoLists.findOwned(id, GRACE)).isEmpty();
  }

  @Test
  void shouldTellWhetherTheOwnerHasTakenATitle() {
    var shopping = addList(ADA, "Shopping").getId();

    assertThat(todoLists.isTitleTaken(ADA, "Shopping", null)).isTrue();
    assertThat(todoLists.isTitleTaken(ADA, "Shopping", shopping)).isFalse();
    assertThat(todoLists.isTitleTaken(GRACE, "Shopping", null)).isFalse();
  }

  @Test
  void shouldListTheOwnersListsOrderedByTitle() {
    addList(ADA, "Work");
    addList(ADA, "Chores");
    addList(GRACE, "Garden");

    assertThat(todoLists.allOwnedByOrderedByTitle(ADA))
        .extracting(TodoList::getTitle)
        .containsExactly("Chores", "Work");
  }

  @Test
  void shouldFindItemOnlyThroughItsListsOwner() {
    var milk = addItems(addList(ADA, "Shopping"), "Milk").getId();

    assertThat(todoItems.findOwned(milk, ADA)).isPresent();
    assertThat(todoItems.findOwned(milk, GRACE)).isEmpty();
  }

  @Test
  void shouldListEveryItemOfTheOwnersListsInCreationOrder() {
    addItems(addList(ADA, "Shopping"), "Milk", "Bread");
    addItems(addList(ADA, "Work"), "Report");
    addItems(addList(GRACE, "Garden"), "Weeds");

    assertThat(todoItems.allOwnedBy(ADA))
        .extracting(TodoItem::getTitle)
        .containsExactly("Milk", "Bread", "Report");
  }

  @Test
  void shouldPageItemsOfAListOrderedByTitle() {
    var list = addList(ADA, "Shopping");
    addItems(
        list, IntStream.rangeClosed(1, 25).mapToObj("Item %02d"::formatted).toArray(String[]::new));

    var page = todoItems.pageOfList(list.getId(), 3, 10);

    assertThat(page.totalCount()).isEqualTo(25);
    assertThat(page.items())
        .extracting(TodoItem::getTitle)
        .containsExactly("Item 21", "Item 22", "Item 23", "Item 24", "Item 25");
  }

  @Test
  void shouldRemoveListTogetherWithItsItems() {
    var list = addList(ADA, "Shopping");
    var milk = addItems(list, "Milk").getId();

    transactions.inTransaction(
        () -> {
          todoLists.remove(todoLists.findOwned(list.getId(), ADA).orElseThrow());
          return null;
        });

    assertThat(todoLists.findOwned(list.getId(), ADA)).isEmpty();
    assertThat(todoItems.findOwned(milk, ADA)).isEmpty();
  }

  @Test
  void shouldRemoveEveryListOfEveryUser() {
    addItems(addList(ADA, "Shopping"), "Milk");
    addList(GRACE, "Garden");

    long removed = transactions.inTransaction(todoLists::removeAll);

    assertThat(removed).isEqualTo(2);
    assertThat(todoLists.allOwnedByOrderedByTitle(ADA)).isEmpty();
    assertThat(todoItems.allOwnedBy(ADA)).isEmpty();
  }

  private TodoList addList(String owner, String title) {
    return transactions.inTransaction(
        () -> todoLists.add(TodoList.create(todoLists.nextId(), title, Colour.WHITE, owner)));
  }

  /** Adds the items to the list and returns the last one. */
  private TodoItem addItems(TodoList list, String... titles) {
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
