package org.acme.cleanarchitecture.application.todoitems.queries.gettodoitemswithpagination;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.acme.cleanarchitecture.application.common.mediator.Query;
import org.acme.cleanarchitecture.application.common.models.PaginatedList;
import org.acme.cleanarchitecture.application.common.validation.ValidationMessages;

/**
 * One page of the items of one of the caller's lists, ordered by title, then id: the page with this
 * number (the first when neither a number nor a cursor is given), or the page after a cursor a
 * previous page returned (the first page for the cursor {@value TodoItemsCursor#FIRST}). A page
 * after a cursor costs the same however deep it is, and is not counted
 * (docs/adr/0020-seek-pagination-without-a-count.md).
 */
public record GetTodoItemsWithPaginationQuery(
    @NotNull(message = ValidationMessages.LIST_ID_REQUIRED) Long listId,
    // The upper bound keeps the row offset within what the database query can express.
    @Min(value = 1, message = ValidationMessages.PAGE_NUMBER_OUT_OF_RANGE)
        @Max(value = 10_000_000, message = ValidationMessages.PAGE_NUMBER_OUT_OF_RANGE)
        Integer pageNumber,
    @Min(value = 1, message = ValidationMessages.PAGE_SIZE_OUT_OF_RANGE)
        @Max(value = 100, message = ValidationMessages.PAGE_SIZE_OUT_OF_RANGE)
        int pageSize,
    String cursor)
    implements Query<PaginatedList<TodoItemBriefDto>> {}
