package org.acme.cleanarchitecture.application.testsupport;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acme.cleanarchitecture.application.common.ports.TodoListRepository;
import org.acme.cleanarchitecture.domain.todolists.TodoList;

/**
 * A {@link TodoListRepository} in memory, for use case tests that need no database. Like the real
 * one, it hands out ids by counting and shows each owner only their own lists. Pair it with an
 * {@link InMemoryTodoItemRepository}, whose items go when their list goes.
 */
public final class InMemoryTodoListRepository implements TodoListRepository {

  private final Map<Long, TodoList> lists = new LinkedHashMap<>();
  private long lastId;

  @Override
  public long nextId() {
    return ++lastId;
  }

  @Override
  public TodoList add(TodoList list) {
    lists.put(list.getId(), list);
    return list;
  }

  @Override
  public Optional<TodoList> findOwned(long id, String ownerId) {
    return Optional.ofNullable(lists.get(id)).filter(list -> list.isOwnedBy(ownerId));
  }

  @Override
  public boolean isTitleTaken(String ownerId, String title, Long exceptListId) {
    return lists.values().stream()
        .filter(list -> list.isOwnedBy(ownerId))
        .filter(list -> !list.getId().equals(exceptListId))
        .anyMatch(list -> list.getTitle().equals(title));
  }

  /** The owner's lists ordered by title: what tests and the in-memory reads look at. */
  public List<TodoList> allOwnedByOrderedByTitle(String ownerId) {
    return lists.values().stream()
        .filter(list -> list.isOwnedBy(ownerId))
        .sorted(Comparator.comparing(TodoList::getTitle))
        .toList();
  }

  @Override
  public void remove(TodoList list) {
    lists.remove(list.getId());
  }

  @Override
  public long removeAll() {
    var count = lists.size();
    lists.clear();
    return count;
  }

  boolean contains(long id) {
    return lists.containsKey(id);
  }
}
