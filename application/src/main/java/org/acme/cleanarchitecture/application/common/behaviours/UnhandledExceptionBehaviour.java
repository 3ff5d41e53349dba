package org.acme.cleanarchitecture.application.common.behaviours;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.exceptions.DomainRuleException;
import org.acme.cleanarchitecture.application.common.exceptions.ExpectedFailure;
import org.acme.cleanarchitecture.application.common.exceptions.PreconditionFailedException;
import org.acme.cleanarchitecture.application.common.mediator.BehaviourOrder;
import org.acme.cleanarchitecture.application.common.mediator.PipelineBehaviour;
import org.acme.cleanarchitecture.application.common.mediator.Request;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.acme.cleanarchitecture.domain.common.DomainException;
import org.acme.cleanarchitecture.domain.common.StaleVersionException;
import org.jboss.logging.Logger;

/**
 * Sorts every failure into expected or unexpected. The domain's refusals become {@link
 * ExpectedFailure}s here, the one place that knows the domain's exceptions, so nothing outside the
 * pipeline needs to; every other failure that is not expected is logged as an error naming the
 * request and caller, then travels on unchanged. The outer layer, which turns it into a response
 * without internals, logs the stack trace once, with the correlation id it gives the client.
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
    } catch (ExpectedFailure e) {
      throw e;
    } catch (StaleVersionException e) {
      // Only a version the caller named is compared in the domain: its If-Match failed.
      throw new PreconditionFailedException(e.getMessage(), e);
    } catch (DomainException e) {
      throw new DomainRuleException(e);
    } catch (RuntimeException e) {
      // The failure's type only: its message may quote the request.
      LOG.errorf(
          "Request %s by %s failed unexpectedly: %s",
          request.getClass().getSimpleName(),
          currentUser.id().orElse("anonymous"),
          e.getClass().getName());
      throw e;
    }
  }
}
