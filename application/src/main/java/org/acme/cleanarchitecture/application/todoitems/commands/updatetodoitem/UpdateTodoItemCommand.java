package org.acme.cleanarchitecture.application.todoitems.commands.updatetodoitem;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.domain.todolists.TodoItem;

/**
 * Renames one of the caller's items and marks it done or not done.
 *
 * @param expectedVersion the version the caller last saw, or {@code null} to skip the check
 */
public record UpdateTodoItemCommand(
    long id,
    @NotBlank(message = "The title is required.")
        @Size(
            max = TodoItem.TITLE_MAX_LENGTH,
            message = "The title must be at most {max} characters.")
        String title,
    boolean done,
    Long expectedVersion)
    implements Command<Void> {}
