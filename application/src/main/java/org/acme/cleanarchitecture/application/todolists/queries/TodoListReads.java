package org.acme.cleanarchitecture.application.todolists.queries;

import java.util.List;

/**
 * The read side of todo lists: what queries show, projected from storage straight into DTOs,
 * without loading the aggregates that commands change (see
 * docs/adr/0021-queries-read-through-read-ports.md).
 */
public interface TodoListReads {

  /**
   * The owner's lists ordered by title, each with its items in the order they were created, read
   * with a fixed number of statements however many lists and items there are.
   */
  List<TodoListDto> allOwnedBy(String ownerId);
}
