package org.acme.cleanarchitecture.application.todolists.queries.gettodolists;

import java.util.List;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.TodoList;
import org.mapstruct.Mapper;

/** Turns todo lists into what clients see; MapStruct generates the implementation. */
@Mapper
public interface TodoListMapper {

  TodoListDto toDto(TodoList list);

  List<TodoListDto> toDtos(List<TodoList> lists);

  default String toCode(Colour colour) {
    return colour.code();
  }
}
