package org.acme.cleanarchitecture.application.todolists.queries.gettodos;

import org.acme.cleanarchitecture.application.common.caching.Cached;
import org.acme.cleanarchitecture.application.common.mediator.Query;

/** The caller's lists with their items, ordered by title, and the lookups a client needs. */
@Cached(timeToLiveSeconds = 300)
public record GetTodosQuery() implements Query<TodosVm> {}
