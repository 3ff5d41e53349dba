package org.acme.cleanarchitecture.application.todolists.queries.gettodos;

import java.util.List;
import org.acme.cleanarchitecture.application.todolists.queries.TodoListDto;

/** Everything a todo client shows at start: the caller's lists and the choices it offers. */
public record TodosVm(
    List<TodoListDto> lists, List<PriorityLevelDto> priorityLevels, List<ColourDto> colours) {}
