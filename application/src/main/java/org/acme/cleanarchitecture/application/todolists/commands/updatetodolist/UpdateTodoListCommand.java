package org.acme.cleanarchitecture.application.todolists.commands.updatetodolist;

import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.common.validation.Title;
import org.acme.cleanarchitecture.application.todolists.RequestedColour;
import org.acme.cleanarchitecture.application.todolists.SupportedColour;

/**
 * Renames and recolours one of the caller's lists.
 *
 * @param colour a supported colour's hex code; {@link RequestedColour#DEFAULT} if absent
 * @param expectedVersion the version the caller last saw, or {@code null} to skip the check
 */
public record UpdateTodoListCommand(
    long id, @Title String title, @SupportedColour String colour, Long expectedVersion)
    implements Command<Void> {}
