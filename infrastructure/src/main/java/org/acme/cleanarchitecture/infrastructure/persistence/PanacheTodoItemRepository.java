package org.acme.cleanarchitecture.infrastructure.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.acme.cleanarchitecture.application.common.models.CountedPage;
import org.acme.cleanarchitecture.application.common.ports.TodoItemRepository;
import org.acme.cleanarchitecture.domain.todolists.TodoItem;

@ApplicationScoped
class PanacheTodoItemRepository
    implements TodoItemRepository, PanacheRepositoryBase<TodoItem, Long> {

  private static final String ID_SEQUENCE = "todo_item_ids";

  private final IdSequences idSequences;

  PanacheTodoItemRepository(IdSequences idSequences) {
    this.idSequences = idSequences;
  }

  @Override
  public long nextId() {
    return idSequences.next(ID_SEQUENCE);
  }

  @Override
  public TodoItem add(TodoItem item) {
    persist(item);
    return item;
  }

  @Override
  public Optional<TodoItem> findOwned(long id, String ownerId) {
    return find(
            "id = ?1 and listId in (select l.id from TodoList l where l.ownerId = ?2)", id, ownerId)
        .firstResultOptional();
  }

  @Override
  public List<TodoItem> inList(long listId) {
    return list("listId", Sort.by("id"), listId);
  }

  @Override
  public CountedPage<TodoItem> pageOfList(long listId, int pageNumber, int pageSize) {
    var query =
        find("listId", Sort.by("title").and("id"), listId).page(Page.of(pageNumber - 1, pageSize));
    return new CountedPage<>(query.list(), query.count());
  }

  @Override
  public List<TodoItem> itemsOfListAfter(long listId, String title, long id, int limit) {
    // The row comparison lets PostgreSQL start the scan of ix_todo_items_list_title at the key.
    return find(
            "listId = ?1 and (title, id) > (?2, ?3)", Sort.by("title").and("id"), listId, title, id)
        .page(Page.ofSize(limit))
        .list();
  }

  @Override
  public void remove(TodoItem item) {
    delete(item);
  }
}
