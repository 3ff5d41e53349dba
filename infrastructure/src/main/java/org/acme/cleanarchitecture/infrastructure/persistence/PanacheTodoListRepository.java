package org.acme.cleanarchitecture.infrastructure.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.acme.cleanarchitecture.application.todolists.TodoListRepository;
import org.acme.cleanarchitecture.domain.todolists.TodoList;

@ApplicationScoped
class PanacheTodoListRepository
    implements TodoListRepository, PanacheRepositoryBase<TodoList, Long> {

  @Override
  public TodoList add(TodoList list) {
    persist(list);
    return list;
  }

  @Override
  public boolean existsWithTitle(String title) {
    return count("title", title) > 0;
  }

  @Override
  public List<TodoList> allOrderedByTitle() {
    return listAll(Sort.by("title"));
  }
}
