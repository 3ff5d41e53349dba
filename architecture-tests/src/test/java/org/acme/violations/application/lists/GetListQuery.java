package org.acme.violations.application.lists;

import org.acme.violations.application.common.mediator.Query;
import org.acme.violations.application.common.security.AllowAnonymous;

@AllowAnonymous
public record GetListQuery(long listId) implements Query<ListDto> {}
