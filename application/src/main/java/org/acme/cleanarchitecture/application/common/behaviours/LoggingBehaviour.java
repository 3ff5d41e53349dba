package org.acme.cleanarchitecture.application.common.behaviours;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.exceptions.ExpectedFailure;
import org.acme.cleanarchitecture.application.common.mediator.BehaviourOrder;
import org.acme.cleanarchitecture.application.common.mediator.PipelineBehaviour;
import org.acme.cleanarchitecture.application.common.mediator.Request;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.jboss.logging.Logger;

/**
 * Logs every request by name and caller, and an expected refusal (invalid, not found, forbidden) as
 * information. The request's content is never logged: it may hold personal data or secrets.
 */
@ApplicationScoped
public class LoggingBehaviour implements PipelineBehaviour {

  private static final Logger LOG = Logger.getLogger(LoggingBehaviour.class);

  private final CurrentUser currentUser;

  public LoggingBehaviour(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public int order() {
    return BehaviourOrder.LOGGING;
  }

  @Override
  public <R> R handle(Request<R> request, Next<R> next) {
    var name = request.getClass().getSimpleName();
    var user = currentUser.id().orElse("anonymous");
    LOG.infof("Request %s by %s", name, user);
    try {
      return next.proceed();
    } catch (ExpectedFailure e) {
      // The failure's kind only: its message may repeat what the caller sent.
      LOG.infof("Request %s by %s refused: %s", name, user, e.getClass().getSimpleName());
      throw e;
    }
  }
}
