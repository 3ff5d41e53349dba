package org.acme.cleanarchitecture.application.todoitems.eventhandlers;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.mediator.AfterCommit;
import org.acme.cleanarchitecture.application.common.mediator.NotificationHandler;
import org.acme.cleanarchitecture.domain.todolists.TodoItemCompleted;
import org.jboss.logging.Logger;

/** Logs each completed item once the completion has been committed, never before. */
@AfterCommit
@ApplicationScoped
class LogTodoItemCompletedHandler implements NotificationHandler<TodoItemCompleted> {

  private static final Logger LOG = Logger.getLogger(LogTodoItemCompletedHandler.class);

  @Override
  public void handle(TodoItemCompleted event) {
    LOG.infof("Todo item %d completed", event.itemId());
  }
}
