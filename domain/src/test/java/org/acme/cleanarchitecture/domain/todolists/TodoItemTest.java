package org.acme.cleanarchitecture.domain.todolists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.acme.cleanarchitecture.domain.common.DomainException;
import org.junit.jupiter.api.Test;

class TodoItemTest {

  private static final long LIST_ID = 1L;
  private static final long ITEM_ID = 10L;

  private final TodoList list = TodoList.create(LIST_ID, "Shopping", Colour.WHITE, "ada");

  @Test
  void shouldStartNotDoneWithoutPriorityOrNote() {
    var item = list.addItem(ITEM_ID, "Milk");

    assertThat(item.isDone()).isFalse();
    assertThat(item.getPriority()).isEqualTo(PriorityLevel.NONE);
    assertThat(item.getNote()).isNull();
  }

  @Test
  void shouldRecordCreation() {
    var item = list.addItem(ITEM_ID, "Milk");

    assertThat(item.getDomainEvents())
        .containsExactly(new TodoItemCreated(ITEM_ID, LIST_ID, "Milk"));
  }

  @Test
  void shouldRefuseInvalidTitle() {
    assertThatThrownBy(() -> list.addItem(ITEM_ID, "")).isInstanceOf(InvalidTitleException.class);
    assertThatThrownBy(() -> list.addItem(ITEM_ID, "a".repeat(201)))
        .isInstanceOf(InvalidTitleException.class);
  }

  @Test
  void shouldRecordCompletionOnlyWhenItBecomesDone() {
    var item = list.addItem(ITEM_ID, "Milk");
    item.pullDomainEvents();

    item.complete();
    item.complete();

    assertThat(item.isDone()).isTrue();
    assertThat(item.pullDomainEvents())
        .containsExactly(new TodoItemCompleted(ITEM_ID, LIST_ID, "Milk"));
  }

  @Test
  void shouldRecordCompletionAgainAfterReopening() {
    var item = list.addItem(ITEM_ID, "Milk");
    item.complete();
    item.reopen();
    item.pullDomainEvents();

    item.complete();

    assertThat(item.pullDomainEvents())
        .containsExactly(new TodoItemCompleted(ITEM_ID, LIST_ID, "Milk"));
  }

  @Test
  void shouldRecordCompletionAsTheItemWasThenNotAsItBecomesLater() {
    var item = list.addItem(ITEM_ID, "Milk");
    item.pullDomainEvents();

    item.complete();
    item.rename("Oat milk");
    item.moveTo(TodoList.create(2L, "Groceries", Colour.WHITE, "ada"));

    assertThat(item.pullDomainEvents())
        .containsExactly(new TodoItemCompleted(ITEM_ID, LIST_ID, "Milk"));
  }

  @Test
  void shouldReopen() {
    var item = list.addItem(ITEM_ID, "Milk");
    item.complete();

    item.reopen();

    assertThat(item.isDone()).isFalse();
  }

  @Test
  void shouldRenameAndRefuseInvalidTitle() {
    var item = list.addItem(ITEM_ID, "Milk");

    item.rename("Oat milk");

    assertThat(item.getTitle()).isEqualTo("Oat milk");
    assertThatThrownBy(() -> item.rename(" ")).isInstanceOf(InvalidTitleException.class);
    assertThat(item.getTitle()).isEqualTo("Oat milk");
  }

  @Test
  void shouldKeepNoteOfAtMostTwoThousandCharacters() {
    var item = list.addItem(ITEM_ID, "Milk");

    item.changeNote("n".repeat(2000));

    assertThat(item.getNote()).hasSize(2000);
    assertThatThrownBy(() -> item.changeNote("n".repeat(2001)))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("2000");
  }

  @Test
  void shouldRemoveBlankNote() {
    var item = list.addItem(ITEM_ID, "Milk");
    item.changeNote("semi-skimmed");

    item.changeNote("  ");

    assertThat(item.getNote()).isNull();
  }

  @Test
  void shouldChangePriority() {
    var item = list.addItem(ITEM_ID, "Milk");

    item.changePriority(PriorityLevel.HIGH);

    assertThat(item.getPriority()).isEqualTo(PriorityLevel.HIGH);
  }

  @Test
  void shouldMoveToAnotherList() {
    var item = list.addItem(ITEM_ID, "Milk");

    item.moveTo(TodoList.create(2L, "Groceries", Colour.WHITE, "ada"));

    assertThat(item.getListId()).isEqualTo(2L);
  }

  @Test
  void shouldRecordDeletion() {
    var item = list.addItem(ITEM_ID, "Milk");
    item.pullDomainEvents();

    item.markDeleted();

    assertThat(item.pullDomainEvents())
        .containsExactly(new TodoItemDeleted(ITEM_ID, LIST_ID, "Milk"));
  }
}
