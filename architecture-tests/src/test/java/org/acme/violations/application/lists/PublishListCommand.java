package org.acme.violations.application.lists;

import org.acme.violations.application.common.mediator.Command;
import org.acme.violations.application.common.security.AllowAnonymous;
import org.acme.violations.application.common.security.Authorize;

@Authorize
@AllowAnonymous
public record PublishListCommand(long listId) implements Command<Void> {}
