package org.acme.cleanarchitecture.application.todolists.commands.purgetodolists;

import org.acme.cleanarchitecture.application.common.caching.ChangesEveryonesData;
import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.common.security.Authorize;
import org.acme.cleanarchitecture.application.common.security.Policies;
import org.acme.cleanarchitecture.application.common.security.Roles;

/** Removes every todo list of every user: an administrator's clean slate. */
@Authorize(roles = Roles.ADMINISTRATOR, policy = Policies.CAN_PURGE)
@ChangesEveryonesData
public record PurgeTodoListsCommand() implements Command<Void> {}
