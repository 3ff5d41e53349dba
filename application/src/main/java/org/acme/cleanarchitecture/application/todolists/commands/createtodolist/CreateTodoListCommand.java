package org.acme.cleanarchitecture.application.todolists.commands.createtodolist;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.todolists.RequestedColour;
import org.acme.cleanarchitecture.domain.todolists.TodoList;

/**
 * Creates a todo list for the caller and returns its id.
 *
 * @param title unique among the caller's lists
 * @param colour a supported colour's hex code, such as {@code #FF5733}; {@link
 *     RequestedColour#DEFAULT} if absent
 */
public record CreateTodoListCommand(
    @NotBlank(message = "The title is required.")
        @Size(
            max = TodoList.TITLE_MAX_LENGTH,
            message = "The title must be at most {max} characters.")
        String title,
    String colour)
    implements Command<Long> {}
