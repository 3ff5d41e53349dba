package org.acme.cleanarchitecture.application.todolists.commands.updatetodolist;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.todolists.RequestedColour;
import org.acme.cleanarchitecture.domain.todolists.TodoList;

/**
 * Renames and recolours one of the caller's lists.
 *
 * @param colour a supported colour's hex code; {@link RequestedColour#DEFAULT} if absent
 * @param expectedVersion the version the caller last saw, or {@code null} to skip the check
 */
public record UpdateTodoListCommand(
    long id,
    @NotBlank(message = "The title is required.")
        @Size(
            max = TodoList.TITLE_MAX_LENGTH,
            message = "The title must be at most {max} characters.")
        String title,
    String colour,
    Long expectedVersion)
    implements Command<Void> {}
