package org.acme.cleanarchitecture.application.todoitems.commands.deletetodoitem;

import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.common.security.Authorize;

/** Deletes one of the caller's items. */
@Authorize
public record DeleteTodoItemCommand(long id) implements Command<Void> {}
