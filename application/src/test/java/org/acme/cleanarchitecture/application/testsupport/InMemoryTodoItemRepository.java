package org.acme.cleanarchitecture.application.testsupport;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.acme.cleanarchitecture.application.common.models.CountedPage;
import org.acme.cleanarchitecture.application.common.ports.TodoItemRepository;
import org.acme.cleanarchitecture.domain.todolists.TodoItem;

/**
 * A {@link TodoItemRepository} in memory, for use case tests that need no database. Its items refer
 * to the lists of an {@link InMemoryTodoListRepository} as the database's foreign key does: an item
 * belongs to its list's owner, and goes when its list is removed.
 */
public final class InMemoryTodoItemRepository implements TodoItemRepository {

  private static final Comparator<TodoItem> BY_TITLE =
      Comparator.comparing(TodoItem::getTitle).thenComparing(TodoItem::getId);

  private final InMemoryTodoListRepository todoLists;
  private final Map<Long, TodoItem> items = new LinkedHashMap<>();

  // Items are numbered apart from lists, so no test passes by mistaking a list id for an item id.
  private long lastId = 1000;

  public InMemoryTodoItemRepository(InMemoryTodoListRepository todoLists) {
    this.todoLists = todoLists;
  }

  @Override
  public long nextId() {
    return ++lastId;
  }

  @Override
  public TodoItem add(TodoItem item) {
    items.put(item.getId(), item);
    return item;
  }

  @Override
  public Optional<TodoItem> findOwned(long id, String ownerId) {
    return stored().filter(item -> item.getId() == id && isOwnedBy(item, ownerId)).findFirst();
  }

  /** Every item on the owner's lists, in the order they were added. */
  public List<TodoItem> allOwnedBy(String ownerId) {
    return stored().filter(item -> isOwnedBy(item, ownerId)).toList();
  }

  @Override
  public List<TodoItem> inList(long listId) {
    return stored().filter(item -> item.getListId() == listId).toList();
  }

  @Override
  public CountedPage<TodoItem> pageOfList(long listId, int pageNumber, int pageSize) {
    var ofList = inList(listId);
    var page =
        ofList.stream()
            .sorted(BY_TITLE)
            .skip((long) (pageNumber - 1) * pageSize)
            .limit(pageSize)
            .toList();
    return new CountedPage<>(page, ofList.size());
  }

  @Override
  public List<TodoItem> itemsOfListAfter(long listId, String title, long id, int limit) {
    return inList(listId).stream()
        .filter(item -> isAfter(item, title, id))
        .sorted(BY_TITLE)
        .limit(limit)
        .toList();
  }

  @Override
  public void remove(TodoItem item) {
    items.remove(item.getId());
  }

  /**
   * The items whose list still exists, in the order they were added: removing a list removes its
   * items, as the schema's ON DELETE CASCADE does.
   */
  private Stream<TodoItem> stored() {
    return items.values().stream().filter(item -> todoLists.contains(item.getListId()));
  }

  private static boolean isAfter(TodoItem item, String title, long id) {
    var byTitle = item.getTitle().compareTo(title);
    return byTitle > 0 || byTitle == 0 && item.getId() > id;
  }

  private boolean isOwnedBy(TodoItem item, String ownerId) {
    return todoLists.findOwned(item.getListId(), ownerId).isPresent();
  }
}
