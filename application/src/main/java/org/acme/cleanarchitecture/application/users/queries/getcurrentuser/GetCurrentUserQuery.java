package org.acme.cleanarchitecture.application.users.queries.getcurrentuser;

import org.acme.cleanarchitecture.application.common.mediator.Query;

/** The caller's own account. */
public record GetCurrentUserQuery() implements Query<CurrentUserDto> {}
