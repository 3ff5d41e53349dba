package org.acme.cleanarchitecture.application.todolists.queries.gettodos;

import org.acme.cleanarchitecture.application.common.mediator.Query;
import org.acme.cleanarchitecture.application.common.security.Authorize;

/** The caller's lists with their items, ordered by title, and the lookups a client needs. */
@Authorize
public record GetTodosQuery() implements Query<TodosVm> {}
