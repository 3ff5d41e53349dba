package org.acme.cleanarchitecture.application.todolists.commands.createtodolist;

import org.acme.cleanarchitecture.application.common.idempotency.Idempotent;
import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.common.validation.Title;
import org.acme.cleanarchitecture.application.todolists.RequestedColour;
import org.acme.cleanarchitecture.application.todolists.SupportedColour;

/**
 * Creates a todo list for the caller and returns its id.
 *
 * @param title unique among the caller's lists
 * @param colour a supported colour's hex code, such as {@code #FF5733}; {@link
 *     RequestedColour#DEFAULT} if absent
 */
@Idempotent
public record CreateTodoListCommand(@Title String title, @SupportedColour String colour)
    implements Command<Long> {}
