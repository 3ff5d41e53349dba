package org.acme.violations.application.lists;

import org.acme.violations.application.common.mediator.Command;
import org.acme.violations.application.common.security.Authorize;

@Authorize
public record RenameListCommand(long listId, String title) implements Command<Void> {}
