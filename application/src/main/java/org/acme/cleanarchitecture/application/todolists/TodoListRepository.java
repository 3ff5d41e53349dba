package org.acme.cleanarchitecture.application.todolists;

import java.util.List;
import org.acme.cleanarchitecture.domain.todolists.TodoList;

/** Where todo lists are kept: the port the todo list use cases need, implemented outside. */
public interface TodoListRepository {

  /** Stores a new list and returns it with its identity assigned. */
  TodoList add(TodoList list);

  boolean existsWithTitle(String title);

  List<TodoList> allOrderedByTitle();
}
