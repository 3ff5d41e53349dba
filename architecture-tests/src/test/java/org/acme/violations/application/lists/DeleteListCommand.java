package org.acme.violations.application.lists;

import org.acme.violations.application.common.mediator.Command;

public record DeleteListCommand(long listId) implements Command<Void> {}
