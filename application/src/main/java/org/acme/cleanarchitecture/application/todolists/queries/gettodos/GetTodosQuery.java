package org.acme.cleanarchitecture.application.todolists.queries.gettodos;

import org.acme.cleanarchitecture.application.common.mediator.Query;

/** The caller's lists with their items, ordered by title, and the lookups a client needs. */
public record GetTodosQuery() implements Query<TodosVm> {}
