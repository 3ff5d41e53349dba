package org.acme.cleanarchitecture.application.testsupport.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.acme.cleanarchitecture.application.common.ports.TodoItemRepository;
import org.acme.cleanarchitecture.domain.todolists.TodoItem;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TodoItemRepository} promises, checked against the in-memory fake the use case
 * tests rely on and against the adapter the service runs on, so the two cannot drift apart.
 * Implement {@link #stores()} in a subclass per implementation.
 */
public abstract class TodoItemRepositoryContract {

  private static final String ADA = "ada";
  private static final String GRACE = "grace";

  protected abstract TodoStores stores();

  @Test
  void shouldNeverHandOutTheSameIdTwice() {
    assertThat(stores().drawIds(stores().todoItems()::nextId)).doesNotHaveDuplicates();
  }

  @Test
  void shouldStoreItemUnderTheIdItWasCreatedWithOnItsList() {
    var list = stores().addList(ADA, "Shopping");
    var milk = stores().addItems(list, "Milk");

    assertThat(stores().todoItems().findOwned(milk.getId(), ADA))
        .get()
        .returns(milk.getId(), TodoItem::getId)
        .returns(list.getId(), TodoItem::getListId)
        .returns("Milk", TodoItem::getTitle);
  }

  @Test
  void shouldFindItemOnlyThroughItsListsOwner() {
    var milk = stores().addItems(stores().addList(ADA, "Shopping"), "Milk").getId();

    assertThat(stores().todoItems().findOwned(milk, ADA)).isPresent();
    assertThat(stores().todoItems().findOwned(milk, GRACE)).isEmpty();
  }

  @Test
  void shouldListTheItemsOfOneListInCreationOrder() {
    var shopping = stores().addList(ADA, "Shopping");
    stores().addItems(shopping, "Milk", "Bread");
    stores().addItems(stores().addList(ADA, "Work"), "Report");

    assertThat(stores().todoItems().inList(shopping.getId()))
        .extracting(TodoItem::getTitle)
        .containsExactly("Milk", "Bread");
  }

  @Test
  void shouldPageItemsOfAListOrderedByTitleAndCountThemAll() {
    var list = stores().addList(ADA, "Shopping");
    stores()
        .addItems(
            list,
            IntStream.rangeClosed(1, 25)
                .map(number -> 26 - number)
                .mapToObj("Item %02d"::formatted)
                .toArray(String[]::new));

    var page = stores().todoItems().pageOfList(list.getId(), 3, 10);

    assertThat(page.totalCount()).isEqualTo(25);
    assertThat(page.items())
        .extracting(TodoItem::getTitle)
        .containsExactly("Item 21", "Item 22", "Item 23", "Item 24", "Item 25");
  }

  @Test
  void shouldReadTheItemsAfterAKeyOrderedByTitleThenId() {
    var list = stores().addList(ADA, "Shopping");
    var firstEggs = stores().addItems(list, "Eggs");
    stores().addItems(list, "Bread", "Milk", "Apples");
    var secondEggs = stores().addItems(list, "Eggs");
    stores().addItems(stores().addList(ADA, "Work"), "Report");

    var afterFirstEggs =
        stores().todoItems().itemsOfListAfter(list.getId(), "Eggs", firstEggs.getId(), 10);

    assertThat(afterFirstEggs).extracting(TodoItem::getTitle).containsExactly("Eggs", "Milk");
    assertThat(afterFirstEggs.get(0).getId()).isEqualTo(secondEggs.getId());
  }

  @Test
  void shouldReadNoMoreItemsAfterAKeyThanTheLimit() {
    var list = stores().addList(ADA, "Shopping");
    var apples = stores().addItems(list, "Apples");
    stores().addItems(list, "Bread", "Eggs", "Milk");

    assertThat(stores().todoItems().itemsOfListAfter(list.getId(), "Apples", apples.getId(), 2))
        .extracting(TodoItem::getTitle)
        .containsExactly("Bread", "Eggs");
  }

  @Test
  void shouldReadTheItemsAfterAKeyWhoseItemIsGone() {
    var list = stores().addList(ADA, "Shopping");
    stores().addItems(list, "Apples", "Milk");

    assertThat(stores().todoItems().itemsOfListAfter(list.getId(), "Bread", Long.MAX_VALUE, 10))
        .extracting(TodoItem::getTitle)
        .containsExactly("Milk");
  }

  @Test
  void shouldRemoveItem() {
    var list = stores().addList(ADA, "Shopping");
    var milk = stores().addItems(list, "Milk").getId();
    var bread = stores().addItems(list, "Bread").getId();

    stores()
        .transactions()
        .inTransaction(
            () -> {
              stores().todoItems().remove(stores().todoItems().findOwned(milk, ADA).orElseThrow());
              return null;
            });

    assertThat(stores().todoItems().findOwned(milk, ADA)).isEmpty();
    assertThat(stores().todoItems().findOwned(bread, ADA)).isPresent();
  }

  @Test
  void shouldLetItemsGoWithTheirList() {
    var list = stores().addList(ADA, "Shopping");
    var milk = stores().addItems(list, "Milk").getId();

    stores()
        .transactions()
        .inTransaction(
            () -> {
              stores()
                  .todoLists()
                  .remove(stores().todoLists().findOwned(list.getId(), ADA).orElseThrow());
              return null;
            });

    assertThat(stores().todoItems().findOwned(milk, ADA)).isEmpty();
    assertThat(stores().todoItems().inList(list.getId())).isEmpty();
  }

  @Test
  void shouldLetItemsGoWhenEveryListIsRemoved() {
    var list = stores().addList(ADA, "Shopping");
    stores().addItems(list, "Milk");

    stores().transactions().inTransaction(stores().todoLists()::removeAll);

    assertThat(stores().todoItems().inList(list.getId())).isEmpty();
  }
}
