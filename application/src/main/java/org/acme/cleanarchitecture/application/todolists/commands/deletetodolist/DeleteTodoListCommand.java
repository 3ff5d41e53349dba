package org.acme.cleanarchitecture.application.todolists.commands.deletetodolist;

import org.acme.cleanarchitecture.application.common.mediator.Command;

/**
 * Deletes one of the caller's lists with all its items.
 *
 * @param expectedVersion the version the caller last saw, or {@code null} to skip the check
 */
public record DeleteTodoListCommand(long id, Long expectedVersion) implements Command<Void> {}
