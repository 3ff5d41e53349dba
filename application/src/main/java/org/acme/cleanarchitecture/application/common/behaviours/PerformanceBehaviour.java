package org.acme.cleanarchitecture.application.common.behaviours;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.acme.cleanarchitecture.application.common.mediator.BehaviourOrder;
import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.common.mediator.PipelineBehaviour;
import org.acme.cleanarchitecture.application.common.mediator.Request;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.acme.cleanarchitecture.application.common.ports.RequestMetrics;
import org.acme.cleanarchitecture.application.common.ports.RequestMetrics.Kind;
import org.acme.cleanarchitecture.application.common.ports.RequestMetrics.Outcome;
import org.jboss.logging.Logger;

/**
 * Times every request into the metrics, by type, kind and outcome, and warns about one slower than
 * the threshold.
 */
@ApplicationScoped
public class PerformanceBehaviour implements PipelineBehaviour {

  private static final Logger LOG = Logger.getLogger(PerformanceBehaviour.class);

  private final RequestMetrics metrics;
  private final CurrentUser currentUser;
  private final ExpectedFailures expectedFailures;

  public PerformanceBehaviour(
      RequestMetrics metrics, CurrentUser currentUser, ExpectedFailures expectedFailures) {
    this.metrics = metrics;
    this.currentUser = currentUser;
    this.expectedFailures = expectedFailures;
  }

  @Override
  public int order() {
    return BehaviourOrder.PERFORMANCE;
  }

  @Override
  public <R> R handle(Request<R> request, Next<R> next) {
    var started = System.nanoTime();
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
      var elapsed = Duration.ofNanos(System.nanoTime() - started);
      var name = request.getClass().getSimpleName();
      var kind = request instanceof Command<?> ? Kind.COMMAND : Kind.QUERY;
      metrics.record(name, kind, outcome, elapsed);
      if (elapsed.compareTo(metrics.slowRequestThreshold()) > 0) {
        LOG.warnf(
            "Long running request %s by %s: %d ms",
            name, currentUser.id().orElse("anonymous"), elapsed.toMillis());
      }
    }
  }
}
