package org.acme.cleanarchitecture.application.todoitems.commands.deletetodoitem;

import org.acme.cleanarchitecture.application.common.mediator.Command;

/** Deletes one of the caller's items. */
public record DeleteTodoItemCommand(long id) implements Command<Void> {}
