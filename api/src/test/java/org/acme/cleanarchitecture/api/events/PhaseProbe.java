package org.acme.cleanarchitecture.api.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.acme.cleanarchitecture.api.testsupport.TestUsers;
import org.acme.cleanarchitecture.application.common.mediator.AfterCommit;
import org.acme.cleanarchitecture.application.common.mediator.Mediator;
import org.acme.cleanarchitecture.application.common.mediator.NotificationHandler;
import org.acme.cleanarchitecture.application.common.ports.TodoListRepository;
import org.acme.cleanarchitecture.application.todoitems.commands.createtodoitem.CreateTodoItemCommand;
import org.acme.cleanarchitecture.domain.todolists.TodoItemCompleted;

/**
 * Test handlers of {@link TodoItemCompleted} in both phases, acting only on items whose title
 * starts with {@link #MARKER} so other tests are unaffected. The in-transaction handler writes (it
 * renames the item's list, which belongs to {@link TestUsers#ADA}) and fails afterwards when the
 * title asks it to; the after-commit handler records the completion, and fails or sends a command
 * when the title asks it to.
 */
@ApplicationScoped
public class PhaseProbe {

  static final String MARKER = "[probe]";
  static final String FAIL = MARKER + " fail";
  static final String FAIL_AFTER_COMMIT = MARKER + " fail after commit";
  static final String FOLLOW_UP = MARKER + " follow up";

  final List<TodoItemCompleted> committedCompletions = new CopyOnWriteArrayList<>();

  @ApplicationScoped
  static class RenameListInTransaction implements NotificationHandler<TodoItemCompleted> {

    private final TodoListRepository todoLists;

    RenameListInTransaction(TodoListRepository todoLists) {
      this.todoLists = todoLists;
    }

    @Override
    public void handle(TodoItemCompleted event) {
      if (!event.title().startsWith(MARKER)) {
        return;
      }
      var list = todoLists.findOwned(event.listId(), TestUsers.ADA.id()).orElseThrow();
      list.rename("Completed: " + event.title());
      if (event.title().equals(FAIL)) {
        throw new IllegalStateException("in-transaction handler failed after writing");
      }
    }
  }

  @AfterCommit
  @ApplicationScoped
  static class RecordAfterCommit implements NotificationHandler<TodoItemCompleted> {

    private final PhaseProbe probe;
    private final Mediator mediator;

    RecordAfterCommit(PhaseProbe probe, Mediator mediator) {
      this.probe = probe;
      this.mediator = mediator;
    }

    @Override
    public void handle(TodoItemCompleted event) {
      if (!event.title().startsWith(MARKER)) {
        return;
      }
      probe.committedCompletions.add(event);
      if (event.title().equals(FAIL_AFTER_COMMIT)) {
        throw new IllegalStateException("after-commit handler failed");
      }
      if (event.title().equals(FOLLOW_UP)) {
        mediator.send(new CreateTodoItemCommand(event.listId(), "Follow-up"));
      }
    }
  }
}
