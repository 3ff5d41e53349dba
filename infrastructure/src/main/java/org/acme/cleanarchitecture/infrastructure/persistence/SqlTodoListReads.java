package org.acme.cleanarchitecture.infrastructure.persistence;

import static java.util.stream.Collectors.groupingBy;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.acme.cleanarchitecture.application.todolists.queries.TodoItemDto;
import org.acme.cleanarchitecture.application.todolists.queries.TodoListDto;
import org.acme.cleanarchitecture.application.todolists.queries.TodoListReads;
import org.hibernate.Session;

/**
 * Reads lists and items with two SQL statements, one row per DTO: no entity is loaded, so Hibernate
 * neither fills nor snapshots one, and only the columns clients see are read. The SQL names the
 * schema that Flyway creates, as orm.xml does for the write side.
 */
// Hibernate builds the rows reflectively, which a native image allows only for registered types.
@RegisterForReflection(targets = {TodoItemDto.class, SqlTodoListReads.ListRow.class})
@ApplicationScoped
class SqlTodoListReads implements TodoListReads {

  private static final String LISTS_OF_OWNER =
      """
      SELECT id, title, colour, version
      FROM todo_lists
      WHERE owner_id = :owner
      ORDER BY title""";

  // Ids are drawn in the order things are created, so ordering by id is creation order.
  private static final String ITEMS_OF_OWNER =
      """
      SELECT id, list_id, title, done, CAST(priority AS INTEGER), note, version
      FROM todo_items
      WHERE list_id IN (SELECT id FROM todo_lists WHERE owner_id = :owner)
      ORDER BY id""";

  private final Session session;

  SqlTodoListReads(Session session) {
    this.session = session;
  }

  @Override
  public List<TodoListDto> allOwnedBy(String ownerId) {
    var itemsByList =
        rows(ITEMS_OF_OWNER, TodoItemDto.class, ownerId).stream()
            .collect(groupingBy(TodoItemDto::listId));
    return rows(LISTS_OF_OWNER, ListRow.class, ownerId).stream()
        .map(
            list ->
                new TodoListDto(
                    list.id(),
                    list.title(),
                    list.colour(),
                    list.version(),
                    itemsByList.getOrDefault(list.id(), List.of())))
        .toList();
  }

  /** Hibernate fills each row's record through its constructor, column by column, in order. */
  private <R> List<R> rows(String sql, Class<R> rowType, String ownerId) {
    return session.createNativeQuery(sql, rowType).setParameter("owner", ownerId).list();
  }

  record ListRow(Long id, String title, String colour, Long version) {}
}
