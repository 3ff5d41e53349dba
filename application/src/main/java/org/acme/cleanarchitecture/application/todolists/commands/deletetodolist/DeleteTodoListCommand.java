package org.acme.cleanarchitecture.application.todolists.commands.deletetodolist;

import org.acme.cleanarchitecture.application.common.mediator.Command;

/** Deletes one of the caller's lists with all its items. */
public record DeleteTodoListCommand(long id) implements Command<Void> {}
