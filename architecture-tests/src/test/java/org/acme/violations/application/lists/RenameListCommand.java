package org.acme.violations.application.lists;

import org.acme.violations.application.common.mediator.Command;

public record RenameListCommand(long listId, String title) implements Command<Void> {}
