package org.acme.cleanarchitecture.application.todolists.commands.deletetodolist;

import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.common.security.Authorize;

/** Deletes one of the caller's lists with all its items. */
@Authorize
public record DeleteTodoListCommand(long id) implements Command<Void> {}
