package org.acme.cleanarchitecture.application.common.behaviours;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.mediator.BehaviourOrder;
import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.common.mediator.PipelineBehaviour;
import org.acme.cleanarchitecture.application.common.mediator.Request;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.acme.cleanarchitecture.application.common.ports.RequestObservations;
import org.acme.cleanarchitecture.application.common.ports.RequestObservations.Kind;
import org.acme.cleanarchitecture.application.common.ports.RequestObservations.Outcome;
import org.jboss.logging.Logger;

/**
 * Observes every request from start to end, by type, kind and outcome (timed into the metrics and
 * traced), and warns about one slower than the threshold.
 */
@ApplicationScoped
public class PerformanceBehaviour implements PipelineBehaviour {

  private static final Logger LOG = Logger.getLogger(PerformanceBehaviour.class);

  private final RequestObservations observations;
  private final CurrentUser currentUser;
  private final ExpectedFailures expectedFailures;

  public PerformanceBehaviour(
      RequestObservations observations,
      CurrentUser currentUser,
      ExpectedFailures expectedFailures) {
    this.observations = observations;
    this.currentUser = currentUser;
    this.expectedFailures = expectedFailures;
  }

  @Override
  public int order() {
    return BehaviourOrder.PERFORMANCE;
  }

  @Override
  public <R> R handle(Request<R> request, Next<R> next) {
    var name = request.getClass().getSimpleName();
    var kind = request instanceof Command<?> ? Kind.COMMAND : Kind.QUERY;
    var observation = observations.start(name, kind);
    var outcome = Outcome.ERROR;
    try {
      var result = next.proceed();
      outcome = Outcome.SUCCESS;
      return result;
    } catch (RuntimeException failure) {
      outcome =
          expectedFailures
              .of(failure)
              .map(expected -> Outcome.ofRefusal(expected.status()))
              .orElse(Outcome.ERROR);
      throw failure;
    } finally {
      var elapsed = observation.end(outcome);
      if (elapsed.compareTo(observations.slowRequestThreshold()) > 0) {
        LOG.warnf(
            "Long running request %s by %s: %d ms",
            name, currentUser.id().orElse("anonymous"), elapsed.toMillis());
      }
    }
  }
}
