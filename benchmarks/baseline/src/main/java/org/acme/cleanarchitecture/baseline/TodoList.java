package org.acme.cleanarchitecture.baseline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;

/** A row of the template's todo_lists, mapped the way a Quarkus quickstart maps one. */
@Entity
@Table(name = "todo_lists")
public class TodoList extends PanacheEntityBase {

  @Id public Long id;

  @Column(name = "owner_id")
  public String ownerId;

  public String title;

  public String colour;

  @Version public long version;

  public static List<TodoList> ownedBy(String ownerId) {
    return list("ownerId", Sort.by("title"), ownerId);
  }
}
