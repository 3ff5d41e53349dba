package org.acme.cleanarchitecture.application.common.behaviours;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.exceptions.ExpectedFailure;
import org.acme.cleanarchitecture.application.common.exceptions.ServiceUnavailableException;
import org.acme.cleanarchitecture.application.common.mediator.BehaviourOrder;
import org.acme.cleanarchitecture.application.common.mediator.PipelineBehaviour;
import org.acme.cleanarchitecture.application.common.mediator.Request;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.jboss.logging.Logger;

/**
 * Sorts every failure into expected or unexpected. The domain's refusals and the database's outages
 * become {@link ExpectedFailure}s here ({@link ExpectedFailures} knows which they are), so nothing
 * outside the pipeline needs to. An outage is logged as a warning in one line, since it passes and
 * its stack trace tells nothing new; every other failure that is not expected is logged as an error
 * naming the request and caller, then travels on unchanged. The outer layer, which turns it into a
 * response without internals, logs the stack trace once, with the correlation id it gives the
 * client.
 */
@ApplicationScoped
public class UnhandledExceptionBehaviour implements PipelineBehaviour {

  private static final Logger LOG = Logger.getLogger(UnhandledExceptionBehaviour.class);

  private final CurrentUser currentUser;
  private final ExpectedFailures expectedFailures;

  public UnhandledExceptionBehaviour(CurrentUser currentUser, ExpectedFailures expectedFailures) {
    this.currentUser = currentUser;
    this.expectedFailures = expectedFailures;
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
      var expected = expectedFailures.of(e);
      if (expected.isEmpty()) {
        // The failure's type only: its message may quote the request.
        LOG.errorf(
            "Request %s by %s failed unexpectedly: %s",
            request.getClass().getSimpleName(), caller(), e.getClass().getName());
        throw e;
      }
      // Logged where it is recognised, not again by a request that sent this one.
      if (expected.get() instanceof ServiceUnavailableException
          && !(e instanceof ExpectedFailure)) {
        LOG.warnf(
            "Request %s by %s could not reach the database: %s",
            request.getClass().getSimpleName(), caller(), rootCause(e).getClass().getName());
      }
      throw expected.get();
    }
  }

  private String caller() {
    return currentUser.id().orElse("anonymous");
  }

  /** The failure at the bottom of the chain, such as the refused connection. */
  private static Throwable rootCause(Throwable failure) {
    var cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
