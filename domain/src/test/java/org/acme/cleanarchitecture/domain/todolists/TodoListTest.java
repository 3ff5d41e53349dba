package org.acme.cleanarchitecture.domain.todolists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.acme.cleanarchitecture.domain.common.DomainException;
import org.junit.jupiter.api.Test;

class TodoListTest {

  private static final long LIST_ID = 7L;

  @Test
  void shouldCreateListWithTitleColourAndOwner() {
    var list = TodoList.create(LIST_ID, "Shopping", Colour.BLUE, "ada");

    assertThat(list.getTitle()).isEqualTo("Shopping");
    assertThat(list.getColour()).isEqualTo(Colour.BLUE);
    assertThat(list.isOwnedBy("ada")).isTrue();
    assertThat(list.isOwnedBy("grace")).isFalse();
    assertThat(list.getId()).isEqualTo(LIST_ID);
  }

  @Test
  void shouldRefuseBlankTitle() {
    assertThatThrownBy(() -> TodoList.create(LIST_ID, "  ", Colour.WHITE, "ada"))
        .isInstanceOf(InvalidTitleException.class)
        .hasMessageContaining("needs a title");
  }

  @Test
  void shouldRefuseMissingTitle() {
    assertThatThrownBy(() -> TodoList.create(LIST_ID, null, Colour.WHITE, "ada"))
        .isInstanceOf(InvalidTitleException.class);
  }

  @Test
  void shouldAcceptTitleOfExactlyTwoHundredCharacters() {
    var title = "a".repeat(200);

    assertThat(TodoList.create(LIST_ID, title, Colour.WHITE, "ada").getTitle()).isEqualTo(title);
  }

  @Test
  void shouldRefuseTitleLongerThanTwoHundredCharacters() {
    assertThatThrownBy(() -> TodoList.create(LIST_ID, "a".repeat(201), Colour.WHITE, "ada"))
        .isInstanceOf(InvalidTitleException.class)
        .hasMessageContaining("200");
  }

  @Test
  void shouldRefuseListWithoutOwner() {
    assertThatThrownBy(() -> TodoList.create(LIST_ID, "Shopping", Colour.WHITE, " "))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("belongs to a user");
  }

  @Test
  void shouldRenameWithValidTitle() {
    var list = TodoList.create(LIST_ID, "Shopping", Colour.WHITE, "ada");

    list.rename("Groceries");

    assertThat(list.getTitle()).isEqualTo("Groceries");
  }

  @Test
  void shouldKeepTitleWhenRenameIsRefused() {
    var list = TodoList.create(LIST_ID, "Shopping", Colour.WHITE, "ada");

    assertThatThrownBy(() -> list.rename("")).isInstanceOf(InvalidTitleException.class);
    assertThat(list.getTitle()).isEqualTo("Shopping");
  }

  @Test
  void shouldChangeColour() {
    var list = TodoList.create(LIST_ID, "Shopping", Colour.WHITE, "ada");

    list.changeColour(Colour.GREEN);

    assertThat(list.getColour()).isEqualTo(Colour.GREEN);
  }

  @Test
  void shouldRefuseMissingColour() {
    assertThatThrownBy(() -> TodoList.create(LIST_ID, "Shopping", null, "ada"))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void shouldAddItemThatBelongsToTheList() {
    var list = TodoList.create(LIST_ID, "Shopping", Colour.WHITE, "ada");

    var item = list.addItem(70L, "Milk");

    assertThat(item.getId()).isEqualTo(70L);
    assertThat(item.getListId()).isEqualTo(LIST_ID);
    assertThat(item.getTitle()).isEqualTo("Milk");
  }
}
