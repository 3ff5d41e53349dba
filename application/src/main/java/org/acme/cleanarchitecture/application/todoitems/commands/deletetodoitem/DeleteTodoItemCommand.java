package org.acme.cleanarchitecture.application.todoitems.commands.deletetodoitem;

import org.acme.cleanarchitecture.application.common.mediator.Command;

/**
 * Deletes one of the caller's items.
 *
 * @param expectedVersion the version the caller last saw, or {@code null} to skip the check
 */
public record DeleteTodoItemCommand(long id, Long expectedVersion) implements Command<Void> {}
