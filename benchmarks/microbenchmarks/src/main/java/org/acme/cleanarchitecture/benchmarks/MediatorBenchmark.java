package org.acme.cleanarchitecture.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.acme.cleanarchitecture.application.common.behaviours.AuthorizationBehaviour;
import org.acme.cleanarchitecture.application.common.behaviours.ExpectedFailures;
import org.acme.cleanarchitecture.application.common.behaviours.LoggingBehaviour;
import org.acme.cleanarchitecture.application.common.behaviours.PerformanceBehaviour;
import org.acme.cleanarchitecture.application.common.behaviours.UnhandledExceptionBehaviour;
import org.acme.cleanarchitecture.application.common.mediator.Mediator;
import org.acme.cleanarchitecture.application.common.mediator.PipelineMediator;
import org.acme.cleanarchitecture.application.common.ports.RequestLogSettings.RequestLogLevel;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.acme.cleanarchitecture.application.testsupport.FakeOutages;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What sending a request through the mediator costs, against calling its handler directly. The full
 * pipeline has every behaviour that wraps a plain query, but for validation, with the ports faked
 * in memory. The request line is logged at DEBUG, which is off, so the figures show what the
 * behaviours cost and not what a log appender writes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MediatorBenchmark {

  private final LookUpListTitle query = new LookUpListTitle(1);
  private final LookUpListTitle.Handler handler = new LookUpListTitle.Handler();
  private Mediator withoutBehaviours;
  private Mediator withPipeline;

  @Setup
  public void buildMediators() {
    var currentUser = FakeCurrentUser.user("ada");
    var expectedFailures = new ExpectedFailures(FakeOutages.none());
    withoutBehaviours = new PipelineMediator(List.of(handler), List.of());
    withPipeline =
        new PipelineMediator(
            List.of(handler),
            List.of(
                new LoggingBehaviour(currentUser, () -> RequestLogLevel.DEBUG),
                new UnhandledExceptionBehaviour(currentUser, expectedFailures),
                new PerformanceBehaviour(
                    new ClockedRequestObservations(), currentUser, expectedFailures),
                new AuthorizationBehaviour(currentUser)));
  }

  @Benchmark
  public String directHandlerCall() {
    return handler.handle(query);
  }

  @Benchmark
  public String mediatorWithoutBehaviours() {
    return withoutBehaviours.send(query);
  }

  @Benchmark
  public String mediatorWithPipeline() {
    return withPipeline.send(query);
  }
}
