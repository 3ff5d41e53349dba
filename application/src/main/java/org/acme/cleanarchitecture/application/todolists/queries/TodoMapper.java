package org.acme.cleanarchitecture.application.todolists.queries;

import java.util.List;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.PriorityLevel;
import org.acme.cleanarchitecture.domain.todolists.TodoItem;
import org.acme.cleanarchitecture.domain.todolists.TodoList;
import org.mapstruct.Mapper;

/** Turns lists and items into what clients see; MapStruct generates it. */
@Mapper
public interface TodoMapper {

  TodoListDto toDto(TodoList list, List<TodoItemDto> items);

  TodoItemDto toDto(TodoItem item);

  List<TodoItemDto> toItemDtos(List<TodoItem> items);

  default String toCode(Colour colour) {
    return colour.getCode();
  }

  default int toId(PriorityLevel level) {
    return level.getId();
  }
}
