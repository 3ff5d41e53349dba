package org.acme.cleanarchitecture.application.testsupport.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.acme.cleanarchitecture.application.common.ports.TodoListRepository;
import org.acme.cleanarchitecture.domain.todolists.TodoList;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TodoListRepository} promises, checked against the in-memory fake the use case
 * tests rely on and against the adapter the service runs on, so the two cannot drift apart.
 * Implement {@link #stores()} in a subclass per implementation.
 */
public abstract class TodoListRepositoryContract {

  private static final String ADA = "ada";
  private static final String GRACE = "grace";

  protected abstract TodoStores stores();

  @Test
  void shouldNeverHandOutTheSameIdTwice() {
    assertThat(stores().drawIds(stores().todoLists()::nextId)).doesNotHaveDuplicates();
  }

  @Test
  void shouldStoreListUnderTheIdItWasCreatedWith() {
    var list = stores().addList(ADA, "Shopping");

    assertThat(stores().todoLists().findOwned(list.getId(), ADA))
        .get()
        .returns(list.getId(), TodoList::getId)
        .returns("Shopping", TodoList::getTitle);
  }

  @Test
  void shouldFindListOnlyForItsOwner() {
    var id = stores().addList(ADA, "Shopping").getId();

    assertThat(stores().todoLists().findOwned(id, ADA)).isPresent();
    assertThat(stores().todoLists().findOwned(id, GRACE)).isEmpty();
  }

  @Test
  void shouldTellWhetherTheOwnerHasTakenATitle() {
    var shopping = stores().addList(ADA, "Shopping").getId();

    assertThat(stores().todoLists().isTitleTaken(ADA, "Shopping", null)).isTrue();
    assertThat(stores().todoLists().isTitleTaken(ADA, "Shopping", shopping)).isFalse();
    assertThat(stores().todoLists().isTitleTaken(GRACE, "Shopping", null)).isFalse();
  }

  @Test
  void shouldRemoveList() {
    var shopping = stores().addList(ADA, "Shopping");
    var work = stores().addList(ADA, "Work");

    stores()
        .transactions()
        .inTransaction(
            () -> {
              stores()
                  .todoLists()
                  .remove(stores().todoLists().findOwned(shopping.getId(), ADA).orElseThrow());
              return null;
            });

    assertThat(stores().todoLists().findOwned(shopping.getId(), ADA)).isEmpty();
    assertThat(stores().todoLists().findOwned(work.getId(), ADA)).isPresent();
  }

  @Test
  void shouldRemoveEveryListOfEveryUserAndCountThem() {
    var shopping = stores().addList(ADA, "Shopping").getId();
    var garden = stores().addList(GRACE, "Garden").getId();

    long removed = stores().transactions().inTransaction(stores().todoLists()::removeAll);

    assertThat(removed).isEqualTo(2);
    assertThat(stores().todoLists().findOwned(shopping, ADA)).isEmpty();
    assertThat(stores().todoLists().findOwned(garden, GRACE)).isEmpty();
  }
}
