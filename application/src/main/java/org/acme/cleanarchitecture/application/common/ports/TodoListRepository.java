package org.acme.cleanarchitecture.application.common.ports;

import java.util.Optional;
import org.acme.cleanarchitecture.domain.todolists.TodoList;

/** Where todo lists are kept: the port the todo list use cases need, implemented outside. */
public interface TodoListRepository {

  /**
   * A new identity for a list about to be created, never handed out before, not even by a
   * transaction that then rolled back.
   */
  long nextId();

  /** Stores a new list, created with an id from {@link #nextId()}, and returns it. */
  TodoList add(TodoList list);

  /** The list with this id if it belongs to the owner; empty otherwise, as if it did not exist. */
  Optional<TodoList> findOwned(long id, String ownerId);

  /**
   * Whether the owner already has a list with this title.
   *
   * @param exceptListId a list to leave out (the one being renamed), or {@code null}
   */
  boolean isTitleTaken(String ownerId, String title, Long exceptListId);

  /** Removes the list; its items go with it. */
  void remove(TodoList list);

  /** Removes every list of every user, with their items; returns how many lists there were. */
  long removeAll();
}
