package org.acme.cleanarchitecture.application.todoitems.queries.gettodoitemswithpagination;

import static org.assertj.core.api.Assertions.assertThat;

import org.acme.cleanarchitecture.application.common.exceptions.ValidationFailure;
import org.acme.cleanarchitecture.application.common.validation.ValidationMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GetTodoItemsWithPaginationValidatorTest {

  private static final long LIST_ID = 42;
  private static final String CURSOR_OF_THE_LIST = new TodoItemsCursor(LIST_ID, "Milk", 7).encode();

  private final GetTodoItemsWithPaginationValidator validator =
      new GetTodoItemsWithPaginationValidator();

  @Test
  void shouldAcceptAPageNumberWithoutCursor() {
    assertThat(validator.validate(query(3, null))).isEmpty();
  }

  @Test
  void shouldAcceptACursorOfTheListWithoutPageNumber() {
    assertThat(validator.validate(query(null, CURSOR_OF_THE_LIST))).isEmpty();
  }

  @Test
  void shouldAcceptTheCursorOfTheFirstPage() {
    assertThat(validator.validate(query(null, "first"))).isEmpty();
  }

  @Test
  void shouldRefuseACursorWithAPageNumber() {
    assertThat(validator.validate(query(1, CURSOR_OF_THE_LIST)))
        .containsExactly(
            new ValidationFailure("cursor", ValidationMessages.CURSOR_WITH_PAGE_NUMBER));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "First", "not a cursor!", "bWlsaw", "NDIKNwo", "NDIKc2V2ZW4KTWlsaw"})
  void shouldRefuseAStringNoCursorEncodesTo(String cursor) {
    assertThat(validator.validate(query(null, cursor)))
        .containsExactly(new ValidationFailure("cursor", ValidationMessages.CURSOR_MALFORMED));
  }

  @Test
  void shouldRefuseACursorOfAnotherList() {
    var cursorOfAnotherList = new TodoItemsCursor(LIST_ID + 1, "Milk", 7).encode();

    assertThat(validator.validate(query(null, cursorOfAnotherList)))
        .containsExactly(
            new ValidationFailure("cursor", ValidationMessages.CURSOR_OF_ANOTHER_LIST));
  }

  private static GetTodoItemsWithPaginationQuery query(Integer pageNumber, String cursor) {
    return new GetTodoItemsWithPaginationQuery(LIST_ID, pageNumber, 10, cursor);
  }
}
