package org.acme.cleanarchitecture.application.common.behaviours;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.exceptions.ExpectedFailures;
import org.acme.cleanarchitecture.application.common.mediator.BehaviourOrder;
import org.acme.cleanarchitecture.application.common.mediator.PipelineBehaviour;
import org.acme.cleanarchitecture.application.common.mediator.Request;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.jboss.logging.Logger;

/**
 * Logs, as an error, every failure that is not an expected answer, naming the request and caller,
 * then lets it travel on unchanged. The outer layer, which turns it into a response without
 * internals, logs the stack trace once, with the correlation id it gives the client.
 */
@ApplicationScoped
public class UnhandledExceptionBehaviour implements PipelineBehaviour {

  private static final Logger LOG = Logger.getLogger(UnhandledExceptionBehaviour.class);

  private final CurrentUser currentUser;

  public UnhandledExceptionBehaviour(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public int order() {
    return BehaviourOrder.UNHANDLED_EXCEPTION;
  }

  @Override
  public <R> R handle(Request<R> request, Next<R> next) {
    try {
      return next.proceed();
    } catch (RuntimeException e) {
      if (!ExpectedFailures.isExpected(e)) {
        // The failure's type only: its message may quote the request; the outer layer logs the
        // whole failure once, with the correlation id the client sees.
        LOG.errorf(
            "Request %s by %s failed unexpectedly: %s",
            request.getClass().getSimpleName(),
            currentUser.id().orElse("anonymous"),
            e.getClass().getName());
      }
      throw e;
    }
  }
}
