package org.acme.cleanarchitecture.infrastructure.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.acme.cleanarchitecture.application.common.ports.TodoListRepository;
import org.acme.cleanarchitecture.domain.todolists.TodoList;

@ApplicationScoped
class PanacheTodoListRepository
    implements TodoListRepository, PanacheRepositoryBase<TodoList, Long> {

  private static final String ID_SEQUENCE = "todo_list_ids";

  private final IdSequences idSequences;

  PanacheTodoListRepository(IdSequences idSequences) {
    this.idSequences = idSequences;
  }

  @Override
  public long nextId() {
    return idSequences.next(ID_SEQUENCE);
  }

  @Override
  public TodoList add(TodoList list) {
    persist(list);
    return list;
  }

  @Override
  public Optional<TodoList> findOwned(long id, String ownerId) {
    return find("id = ?1 and ownerId = ?2", id, ownerId).firstResultOptional();
  }

  @Override
  public boolean isTitleTaken(String ownerId, String title, Long exceptListId) {
    return exceptListId == null
        ? count("ownerId = ?1 and title = ?2", ownerId, title) > 0
        : count("ownerId = ?1 and title = ?2 and id <> ?3", ownerId, title, exceptListId) > 0;
  }

  @Override
  public void remove(TodoList list) {
    delete(list);
  }

  @Override
  public long removeAll() {
    return deleteAll();
  }
}
