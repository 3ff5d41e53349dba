package org.acme.cleanarchitecture.application.todoitems.queries.gettodoitemswithpagination;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.acme.cleanarchitecture.application.common.mediator.Query;
import org.acme.cleanarchitecture.application.common.models.PaginatedList;
import org.acme.cleanarchitecture.application.common.validation.ValidationMessages;

/** One page of the items of one of the caller's lists, ordered by title. */
public record GetTodoItemsWithPaginationQuery(
    @NotNull(message = ValidationMessages.LIST_ID_REQUIRED) Long listId,
    // The upper bound keeps the row offset within what the database query can express.
    @Min(value = 1, message = ValidationMessages.PAGE_NUMBER_OUT_OF_RANGE)
        @Max(value = 10_000_000, message = ValidationMessages.PAGE_NUMBER_OUT_OF_RANGE)
        int pageNumber,
    @Min(value = 1, message = ValidationMessages.PAGE_SIZE_OUT_OF_RANGE)
        @Max(value = 100, message = ValidationMessages.PAGE_SIZE_OUT_OF_RANGE)
        int pageSize)
    implements Query<PaginatedList<TodoItemBriefDto>> {}
