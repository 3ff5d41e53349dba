package org.acme.cleanarchitecture.application.todolists.queries.gettodolists;

import java.util.List;
import org.acme.cleanarchitecture.application.common.mediator.Query;

/** Every todo list, ordered by title. */
public record GetTodoListsQuery() implements Query<List<TodoListDto>> {}
