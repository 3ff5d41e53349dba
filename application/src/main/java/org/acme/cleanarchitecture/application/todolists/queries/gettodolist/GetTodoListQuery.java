package org.acme.cleanarchitecture.application.todolists.queries.gettodolist;

import org.acme.cleanarchitecture.application.common.caching.Cached;
import org.acme.cleanarchitecture.application.common.mediator.Query;
import org.acme.cleanarchitecture.application.todolists.queries.TodoListDto;

/** One of the caller's lists with its items. */
@Cached(timeToLiveSeconds = 300)
public record GetTodoListQuery(long id) implements Query<TodoListDto> {}
