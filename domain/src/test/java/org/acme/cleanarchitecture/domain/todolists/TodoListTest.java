package org.acme.cleanarchitecture.domain.todolists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.acme.cleanarchitecture.domain.todolists.TodoList.InvalidTitleException;
import org.junit.jupiter.api.Test;

class TodoListTest {

  @Test
  void shouldCreateListWithTitleAndColour() {
    var list = TodoList.create("Shopping", Colour.BLUE);

    assertThat(list.getTitle()).isEqualTo("Shopping");
    assertThat(list.getColour()).isEqualTo(Colour.BLUE);
    assertThat(list.getId()).isNull();
  }

  @Test
  void shouldRefuseBlankTitle() {
    assertThatThrownBy(() -> TodoList.create("  ", Colour.DEFAULT))
        .isInstanceOf(InvalidTitleException.class)
        .hasMessageContaining("needs a title");
  }

  @Test
  void shouldRefuseMissingTitle() {
    assertThatThrownBy(() -> TodoList.create(null, Colour.DEFAULT))
        .isInstanceOf(InvalidTitleException.class);
  }

  @Test
  void shouldAcceptTitleOfExactlyTwoHundredCharacters() {
    var title = "a".repeat(200);

    assertThat(TodoList.create(title, Colour.DEFAULT).getTitle()).isEqualTo(title);
  }

  @Test
  void shouldRefuseTitleLongerThanTwoHundredCharacters() {
    assertThatThrownBy(() -> TodoList.create("a".repeat(201), Colour.DEFAULT))
        .isInstanceOf(InvalidTitleException.class)
        .hasMessageContaining("200");
  }

  @Test
  void shouldRenameWithValidTitle() {
    var list = TodoList.create("Shopping", Colour.DEFAULT);

    list.rename("Groceries");

    assertThat(list.getTitle()).isEqualTo("Groceries");
  }

  @Test
  void shouldKeepTitleWhenRenameIsRefused() {
    var list = TodoList.create("Shopping", Colour.DEFAULT);

    assertThatThrownBy(() -> list.rename("")).isInstanceOf(InvalidTitleException.class);
    assertThat(list.getTitle()).isEqualTo("Shopping");
  }

  @Test
  void shouldRefuseMissingColour() {
    assertThatThrownBy(() -> TodoList.create("Shopping", null))
        .isInstanceOf(NullPointerException.class);
  }
}
