package org.acme.cleanarchitecture.application.todoitems.commands.createtodoitem;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.domain.todolists.TodoItem;

/** Adds an item to one of the caller's lists and returns its id. */
public record CreateTodoItemCommand(
    @NotNull(message = "The list id is required.") Long listId,
    @NotBlank(message = "The title is required.")
        @Size(
            max = TodoItem.TITLE_MAX_LENGTH,
            message = "The title must be at most {max} characters.")
        String title)
    implements Command<Long> {}
