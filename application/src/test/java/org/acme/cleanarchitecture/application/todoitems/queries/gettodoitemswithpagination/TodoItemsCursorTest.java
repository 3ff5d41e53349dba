package org.acme.cleanarchitecture.application.todoitems.queries.gettodoitemswithpagination;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TodoItemsCursorTest {

  @Test
  void shouldDecodeWhatItEncodesWhateverTheTitleHolds() {
    var cursor = new TodoItemsCursor(42, "Crème\nbrûlée ✓", 7);

    assertThat(TodoItemsCursor.decode(cursor.encode())).contains(cursor);
  }

  @Test
  void shouldEncodeToCharactersAQueryStringTakesAsTheyAre() {
    assertThat(new TodoItemsCursor(42, "Milk? & honey / 100%", 7).encode())
        .matches("[A-Za-z0-9_-]+");
  }
}
