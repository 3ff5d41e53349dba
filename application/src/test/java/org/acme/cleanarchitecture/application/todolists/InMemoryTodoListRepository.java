package org.acme.cleanarchitecture.application.todolists;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.acme.cleanarchitecture.domain.todolists.TodoList;

/** A {@link TodoListRepository} in memory, for handler tests that need no database. */
public final class InMemoryTodoListRepository implements TodoListRepository {

  private final List<TodoList> lists = new ArrayList<>();
  private long lastId;

  @Override
  public TodoList add(TodoList list) {
    assignId(list, ++lastId);
    lists.add(list);
    return list;
  }

  @Override
  public boolean existsWithTitle(String title) {
    return lists.stream().anyMatch(list -> list.getTitle().equals(title));
  }

  @Override
  public List<TodoList> allOrderedByTitle() {
    return lists.stream().sorted(Comparator.comparing(TodoList::getTitle)).toList();
  }

  /** Plays the database's part: the domain has no setter for an identity the store assigns. */
  private static void assignId(TodoList list, long id) {
    try {
      Field field = TodoList.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(list, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("TodoList no longer has an id field", e);
    }
  }
}
