package org.acme.cleanarchitecture.application.common.behaviours;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.acme.cleanarchitecture.application.common.exceptions.ExpectedFailure;
import org.acme.cleanarchitecture.application.common.mediator.BehaviourOrder;
import org.acme.cleanarchitecture.application.common.mediator.PipelineBehaviour;
import org.acme.cleanarchitecture.application.common.mediator.Request;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.acme.cleanarchitecture.application.common.ports.RequestLogSettings;
import org.jboss.logging.Logger;

/**
 * Logs every request by name and caller, at the level the {@link RequestLogSettings} choose, and an
 * expected refusal (invalid, not found, forbidden) as information. The request's content is never
 * logged: it may hold personal data or secrets.
 */
@ApplicationScoped
public class LoggingBehaviour implements PipelineBehaviour {

  private static final Logger LOG = Logger.getLogger(LoggingBehaviour.class);

  private final CurrentUser currentUser;
  private final Optional<Logger.Level> requestLevel;

  public LoggingBehaviour(CurrentUser currentUser, RequestLogSettings settings) {
    this.currentUser = currentUser;
    this.requestLevel =
        switch (settings.requestLevel()) {
          case INFO -> Optional.of(Logger.Level.INFO);
          case DEBUG -> Optional.of(Logger.Level.DEBUG);
          case OFF -> Optional.empty();
        };
  }

  @Override
  public int order() {
    return BehaviourOrder.LOGGING;
  }

  @Override
  public <R> R handle(Request<R> request, Next<R> next) {
    var name = request.getClass().getSimpleName();
    requestLevel
        .filter(LOG::isEnabled)
        .ifPresent(level -> LOG.logf(level, "Request %s by %s", name, caller()));
    try {
      return next.proceed();
    } catch (ExpectedFailure e) {
      // The failure's kind only: its message may repeat what the caller sent.
      LOG.infof("Request %s by %s refused: %s", name, caller(), e.getClass().getSimpleName());
      throw e;
    }
  }

  private String caller() {
    return currentUser.id().orElse("anonymous");
  }
}
