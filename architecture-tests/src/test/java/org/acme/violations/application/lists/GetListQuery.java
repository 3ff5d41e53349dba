package org.acme.violations.application.lists;

import org.acme.violations.application.common.mediator.Query;

public record GetListQuery(long listId) implements Query<ListDto> {}
