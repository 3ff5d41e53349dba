package org.acme.cleanarchitecture.application.todoitems.commands.createtodoitem;

import jakarta.validation.constraints.NotNull;
import org.acme.cleanarchitecture.application.common.idempotency.Idempotent;
import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.common.validation.Title;
import org.acme.cleanarchitecture.application.common.validation.ValidationMessages;

/** Adds an item to one of the caller's lists and returns its id. */
@Idempotent
public record CreateTodoItemCommand(
    @NotNull(message = ValidationMessages.LIST_ID_REQUIRED) Long listId, @Title String title)
    implements Command<Long> {}
