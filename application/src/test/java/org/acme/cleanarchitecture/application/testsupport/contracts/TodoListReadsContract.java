package org.acme.cleanarchitecture.application.testsupport.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.acme.cleanarchitecture.application.todolists.queries.TodoItemDto;
import org.acme.cleanarchitecture.application.todolists.queries.TodoListDto;
import org.acme.cleanarchitecture.application.todolists.queries.TodoListReads;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.PriorityLevel;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TodoListReads} promises, checked against the in-memory fake and the adapter the
 * service runs on: the same lists and items the repositories stored, as clients see them.
 */
public abstract class TodoListReadsContract {

  private static final String ADA = "ada";
  private static final String GRACE = "grace";

  protected abstract TodoStores stores();

  @Test
  void shouldReadOnlyTheOwnersListsOrderedByTitle() {
    stores().addList(ADA, "Work");
    stores().addList(ADA, "Chores");
    stores().addList(GRACE, "Garden");

    assertThat(stores().reads().allOwnedBy(ADA))
        .extracting(TodoListDto::title)
        .containsExactly("Chores", "Work");
  }

  @Test
  void shouldGroupTheItemsUnderTheirListInTheOrderTheyWereCreated() {
    var shopping = stores().addList(ADA, "Shopping");
    var chores = stores().addList(ADA, "Chores");
    stores().addItems(shopping, "Milk");
    stores().addItems(chores, "Dishes");
    stores().addItems(shopping, "Bread");
    stores().addItems(stores().addList(GRACE, "Garden"), "Weeds");

    assertThat(stores().reads().allOwnedBy(ADA))
        .extracting(list -> list.items().stream().map(TodoItemDto::title).toList())
        .containsExactly(List.of("Dishes"), List.of("Milk", "Bread"));
  }

  @Test
  void shouldDescribeListsAndItemsInFull() {
    var list = stores().addList(ADA, "Shopping");
    var milk = stores().addItems(list, "Milk");
    var changed =
        stores()
            .transactions()
            .inTransaction(
                () -> {
                  var stored = stores().todoItems().findOwned(milk.getId(), ADA).orElseThrow();
                  stored.changePriority(PriorityLevel.HIGH);
                  stored.changeNote("Oat, not cow");
                  stored.complete();
                  return stored;
                });
    var recoloured =
        stores()
            .transactions()
            .inTransaction(
                () -> {
                  var stored = stores().todoLists().findOwned(list.getId(), ADA).orElseThrow();
                  stored.changeColour(Colour.RED);
                  return stored;
                });

    assertThat(stores().reads().allOwnedBy(ADA))
        .containsExactly(
            new TodoListDto(
                list.getId(),
                "Shopping",
                "#FF5733",
                recoloured.getVersion(),
                List.of(
                    new TodoItemDto(
                        milk.getId(),
                        list.getId(),
                        "Milk",
                        true,
                        3,
                        "Oat, not cow",
                        changed.getVersion()))));
  }

  @Test
  void shouldReadAListWithoutItemsWithAnEmptyList() {
    stores().addList(ADA, "Shopping");

    assertThat(stores().reads().allOwnedBy(ADA))
        .singleElement()
        .extracting(TodoListDto::items)
        .isEqualTo(List.of());
  }
}
