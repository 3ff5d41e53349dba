package org.acme.cleanarchitecture.infrastructure.persistence;

import static java.util.stream.Collectors.groupingBy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
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
      SELECT i.id, i.list_id, i.title, i.done, CAST(i.priority AS INTEGER) AS priority, i.note,
             i.version
      FROM todo_items i JOIN todo_lists l ON l.id = i.list_id
      WHERE l.owner_id = :owner
      ORDER BY i.id""";

  private final Session session;

  SqlTodoListReads(Session session) {
    this.session = session;
  }

  @Override
  public List<TodoListDto> allOwnedBy(String ownerId) {
    var itemsByList =
        rows(ITEMS_OF_OWNER, ownerId).stream()
            .map(SqlTodoListReads::toItem)
            .collect(groupingBy(TodoItemDto::listId));
    return rows(LISTS_OF_OWNER, ownerId).stream()
        .map(row -> toList(row, itemsByList.getOrDefault(row.get("id", Long.class), List.of())))
        .toList();
  }

  private List<Tuple> rows(String sql, String ownerId) {
    return session.createNativeQuery(sql, Tuple.class).setParameter("owner", ownerId).list();
  }

  private static TodoListDto toList(Tuple row, List<TodoItemDto> items) {
    return new TodoListDto(
        row.get("id", Long.class),
        row.get("title", String.class),
        row.get("colour", String.class),
        row.get("version", Long.class),
        items);
  }

  private static TodoItemDto toItem(Tuple row) {
    return new TodoItemDto(
        row.get("id", Long.class),
        row.get("list_id", Long.class),
        row.get("title", String.class),
        row.get("done", Boolean.class),
        row.get("priority", Integer.class),
        row.get("note", String.class),
        row.get("version", Long.class));
  }
}
