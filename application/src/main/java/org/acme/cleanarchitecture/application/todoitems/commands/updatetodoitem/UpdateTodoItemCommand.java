package org.acme.cleanarchitecture.application.todoitems.commands.updatetodoitem;

import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.common.validation.Title;

/**
 * Renames one of the caller's items and marks it done or not done.
 *
 * @param expectedVersion the version the caller last saw, or {@code null} to skip the check
 */
public record UpdateTodoItemCommand(
    long id, @Title String title, boolean done, Long expectedVersion) implements Command<Void> {}
