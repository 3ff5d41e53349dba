package org.acme.cleanarchitecture.baseline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;

/** A row of the template's todo_items, mapped the way a Quarkus quickstart maps one. */
@Entity
@Table(name = "todo_items")
public class TodoItem extends PanacheEntityBase {

  @Id public Long id;

  @Column(name = "list_id")
  public Long listId;

  public String title;

  public String note;

  public short priority;

  public boolean done;

  @Version public long version;

  /** Every item on the owner's lists, in one statement, as the template reads them. */
  public static List<TodoItem> onListsOwnedBy(String ownerId) {
    return list(
        "listId in (select l.id from TodoList l where l.ownerId = ?1)", Sort.by("id"), ownerId);
  }
}
