package org.acme.cleanarchitecture.application.common.ports;

import java.util.List;
import java.util.Optional;
import org.acme.cleanarchitecture.application.common.models.CountedPage;
import org.acme.cleanarchitecture.domain.todolists.TodoItem;

/** Where todo items are kept: the port the todo item use cases need, implemented outside. */
public interface TodoItemRepository {

  /**
   * A new identity for an item about to be created, never handed out before, not even by a
   * transaction that then rolled back.
   */
  long nextId();

  /** Stores a new item, created with an id from {@link #nextId()}, and returns it. */
  TodoItem add(TodoItem item);

  /** The item with this id if its list belongs to the owner; empty otherwise. */
  Optional<TodoItem> findOwned(long id, String ownerId);

  /** The items of one list, in the order they were created. */
  List<TodoItem> inList(long listId);

  /** One page of a list's items, ordered by title, then id, and how many the list has in all. */
  CountedPage<TodoItem> pageOfList(long listId, int pageNumber, int pageSize);

  /**
   * Up to {@code limit} items of a list that follow the item with this title and id in the order of
   * {@link #pageOfList} (title, then id), whether or not that item still exists. Reads only the
   * items it returns, however far into the list they are.
   */
  List<TodoItem> itemsOfListAfter(long listId, String title, long id, int limit);

  void remove(TodoItem item);
}
