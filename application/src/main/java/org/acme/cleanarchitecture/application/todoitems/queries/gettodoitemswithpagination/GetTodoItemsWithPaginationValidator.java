package org.acme.cleanarchitecture.application.todoitems.queries.gettodoitemswithpagination;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationFailure;
import org.acme.cleanarchitecture.application.common.validation.RequestValidator;
import org.acme.cleanarchitecture.application.common.validation.ValidationMessages;

/** The rules of {@link GetTodoItemsWithPaginationQuery} that its annotations cannot express. */
@ApplicationScoped
class GetTodoItemsWithPaginationValidator
    implements RequestValidator<GetTodoItemsWithPaginationQuery> {

  private static final String CURSOR = "cursor";

  @Override
  public List<ValidationFailure> validate(GetTodoItemsWithPaginationQuery query) {
    if (query.cursor() == null) {
      return List.of();
    }
    if (query.pageNumber() != null) {
      return List.of(new ValidationFailure(CURSOR, ValidationMessages.CURSOR_WITH_PAGE_NUMBER));
    }
    if (query.cursor().equals(TodoItemsCursor.FIRST)) {
      return List.of();
    }
    return TodoItemsCursor.decode(query.cursor())
        .map(
            cursor ->
                cursor.listId() == query.listId()
                    ? List.<ValidationFailure>of()
                    : List.of(
                        new ValidationFailure(CURSOR, ValidationMessages.CURSOR_OF_ANOTHER_LIST)))
        .orElseGet(
            () -> List.of(new ValidationFailure(CURSOR, ValidationMessages.CURSOR_MALFORMED)));
  }
}
