package org.acme.cleanarchitecture.application.todoitems.eventhandlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.acme.cleanarchitecture.application.common.mediator.AfterCommit;
import org.acme.cleanarchitecture.application.testsupport.CapturedLogs;
import org.acme.cleanarchitecture.domain.todolists.TodoItemCompleted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LogTodoItemCompletedHandlerTest {

  @RegisterExtension final CapturedLogs logs = CapturedLogs.of(LogTodoItemCompletedHandler.class);

  private final LogTodoItemCompletedHandler handler = new LogTodoItemCompletedHandler();

  @Test
  void shouldRunOnlyOnceTheCompletionIsCommitted() {
    assertThat(LogTodoItemCompletedHandler.class).hasAnnotation(AfterCommit.class);
  }

  @Test
  void shouldLogTheCompletedItemAsInformation() {
    handler.handle(new TodoItemCompleted(7L, 1L, "Milk"));

    assertThat(logs.records())
        .extracting(LogRecord::getLevel, LogRecord::getMessage)
        .containsExactly(tuple(Level.INFO, "Todo item 7 completed"));
  }
}
