package org.acme.cleanarchitecture.application.todoitems.queries.gettodoitemswithpagination;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.acme.cleanarchitecture.application.common.mediator.Query;
import org.acme.cleanarchitecture.application.common.models.PaginatedList;

/** One page of the items of one of the caller's lists, ordered by title. */
public record GetTodoItemsWithPaginationQuery(
    @NotNull(message = "The list id is required.") Long listId,
    // The upper bound keeps the row offset within what the database query can express.
    @Min(value = 1, message = "The page number must be between 1 and 10000000.")
        @Max(value = 10_000_000, message = "The page number must be between 1 and 10000000.")
        int pageNumber,
    @Min(value = 1, message = "The page size must be between 1 and 100.")
        @Max(value = 100, message = "The page size must be between 1 and 100.")
        int pageSize)
    implements Query<PaginatedList<TodoItemBriefDto>> {}
