package org.acme.cleanarchitecture.application.todoitems.queries.gettodoitemswithpagination;

import java.util.List;
import org.acme.cleanarchitecture.domain.todolists.TodoItem;
import org.mapstruct.Mapper;

@Mapper
public interface TodoItemBriefMapper {

  TodoItemBriefDto toDto(TodoItem item);

  List<TodoItemBriefDto> toDtos(List<TodoItem> items);
}
