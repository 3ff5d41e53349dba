package org.acme.cleanarchitecture.api.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.acme.cleanarchitecture.api.testsupport.TestUsers;
import org.acme.cleanarchitecture.application.common.mediator.EventPhase;
import org.acme.cleanarchitecture.application.common.mediator.NotificationHandler;
import org.acme.cleanarchitecture.application.todolists.TodoListRepository;
import org.acme.cleanarchitecture.domain.todolists.TodoItemCompleted;

/**
 * Test handlers of {@link TodoItemCompleted} in both phases, acting only on items whose title
 * starts with {@link #MARKER} so other tests are unaffected. The in-transaction handler writes (it
 * renames the item's list, which belongs to {@link TestUsers#ADA}) and fails afterwards when the
 * title asks it to.
 */
@ApplicationScoped
public class PhaseProbe {

  static final String MARKER = "[probe]";
  static final String FAIL = MARKER + " fail";

  final List<Long> committedCompletions = new CopyOnWriteArrayList<>();

  @ApplicationScoped
  static class RenameListInTransaction implements NotificationHandler<TodoItemCompleted> {

    private final TodoListRepository todoLists;

    RenameListInTransaction(TodoListRepository todoLists) {
      this.todoLists = todoLists;
    }

    @Override
    public void handle(TodoItemCompleted event) {
      var item = event.item();
      if (!item.getTitle().startsWith(MARKER)) {
        return;
      }
      var list = todoLists.findOwned(item.getListId(), TestUsers.ADA.id()).orElseThrow();
      list.rename("Completed: " + item.getTitle());
      if (item.getTitle().equals(FAIL)) {
        throw new IllegalStateException("in-transaction handler failed after writing");
      }
    }
  }

  @ApplicationScoped
  static class RecordAfterCommit implements NotificationHandler<TodoItemCompleted> {

    private final PhaseProbe probe;

    RecordAfterCommit(PhaseProbe probe) {
      this.probe = probe;
    }

    @Override
    public void handle(TodoItemCompleted event) {
      if (event.item().getTitle().startsWith(MARKER)) {
        probe.committedCompletions.add(event.item().getId());
      }
    }

    @Override
    public EventPhase phase() {
      return EventPhase.AFTER_COMMIT;
    }
  }
}
