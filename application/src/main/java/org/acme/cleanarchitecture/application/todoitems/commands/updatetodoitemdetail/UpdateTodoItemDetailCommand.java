package org.acme.cleanarchitecture.application.todoitems.commands.updatetodoitemdetail;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.common.validation.ValidationMessages;
import org.acme.cleanarchitecture.domain.todolists.TodoItem;

/**
 * Moves one of the caller's items to another of their lists, and sets its priority and note.
 *
 * @param priority a priority level's id: 0 None, 1 Low, 2 Medium, 3 High
 * @param note at most 2000 characters; {@code null} or blank removes it
 * @param expectedVersion the version the caller last saw, or {@code null} to skip the check
 */
public record UpdateTodoItemDetailCommand(
    long id,
    @NotNull(message = ValidationMessages.LIST_ID_REQUIRED) Long listId,
    @NotNull(message = ValidationMessages.PRIORITY_REQUIRED)
        @Min(value = 0, message = ValidationMessages.PRIORITY_OUT_OF_RANGE)
        @Max(value = 3, message = ValidationMessages.PRIORITY_OUT_OF_RANGE)
        Integer priority,
    @Size(max = TodoItem.NOTE_MAX_LENGTH, message = ValidationMessages.NOTE_TOO_LONG) String note,
    Long expectedVersion)
    implements Command<Void> {}
