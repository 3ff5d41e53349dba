package org.acme.cleanarchitecture.application.common.behaviours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.acme.cleanarchitecture.application.common.exceptions.ConflictException;
import org.acme.cleanarchitecture.application.common.exceptions.ForbiddenAccessException;
import org.acme.cleanarchitecture.application.common.exceptions.NotFoundException;
import org.acme.cleanarchitecture.application.common.exceptions.ServiceUnavailableException;
import org.acme.cleanarchitecture.application.common.exceptions.TooManyRequestsException;
import org.acme.cleanarchitecture.application.common.exceptions.UnauthorizedAccessException;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationException;
import org.acme.cleanarchitecture.application.common.ports.RequestMetrics.Kind;
import org.acme.cleanarchitecture.application.common.ports.RequestMetrics.Outcome;
import org.acme.cleanarchitecture.application.testsupport.CapturedLogs;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.acme.cleanarchitecture.application.testsupport.FakeOutages;
import org.acme.cleanarchitecture.application.testsupport.RecordingRequestMetrics;
import org.acme.cleanarchitecture.application.testsupport.RecordingRequestMetrics.Measurement;
import org.acme.cleanarchitecture.application.todolists.commands.deletetodolist.DeleteTodoListCommand;
import org.acme.cleanarchitecture.application.todolists.queries.TodoListDto;
import org.acme.cleanarchitecture.application.todolists.queries.gettodolist.GetTodoListQuery;
import org.acme.cleanarchitecture.domain.common.DomainException;
import org.acme.cleanarchitecture.domain.common.StaleVersionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PerformanceBehaviourTest {

  private static final GetTodoListQuery QUERY = new GetTodoListQuery(42);
  private static final TodoListDto LIST = new TodoListDto(42L, "Shopping", "#FFFFFF", 0, List.of());

  @RegisterExtension final CapturedLogs logs = CapturedLogs.of(PerformanceBehaviour.class);

  @Test
  void shouldRecordOneSuccessfulMeasurementNamedAfterTheRequestAndItsKind() {
    var metrics = new RecordingRequestMetrics(Duration.ofMinutes(1));

    var result = behaviourRecordingTo(metrics).handle(QUERY, () -> LIST);

    assertThat(result).isSameAs(LIST);
    assertThat(metrics.measurements())
        .singleElement()
        .returns("GetTodoListQuery", Measurement::requestType)
        .returns(Kind.QUERY, Measurement::kind)
        .returns(Outcome.SUCCESS, Measurement::outcome);
  }

  @Test
  void shouldRecordACommandAsACommand() {
    var metrics = new RecordingRequestMetrics(Duration.ofMinutes(1));

    behaviourRecordingTo(metrics).handle(new DeleteTodoListCommand(42, null), () -> null);

    assertThat(metrics.measurements())
        .singleElement()
        .returns("DeleteTodoListCommand", Measurement::requestType)
        .returns(Kind.COMMAND, Measurement::kind);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("failuresAndTheirOutcomes")
  void shouldRecordWhyARequestFailedAndRethrowItsFailure(
      RuntimeException failure, Outcome outcome) {
    var metrics = new RecordingRequestMetrics(Duration.ofMinutes(1));

    assertThatThrownBy(() -> behaviourRecordingTo(metrics).handle(QUERY, () -> failWith(failure)))
        .isSameAs(failure);
    assertThat(metrics.measurements())
        .singleElement()
        .returns("GetTodoListQuery", Measurement::requestType)
        .returns(outcome, Measurement::outcome);
  }

  static Stream<Arguments> failuresAndTheirOutcomes() {
    return Stream.of(
        arguments(new ValidationException(List.of()), Outcome.VALIDATION),
        arguments(new DomainException("The domain refused."), Outcome.VALIDATION),
        arguments(new StaleVersionException("Todo list", 42, 1, 2), Outcome.CONFLICT),
        arguments(new UnauthorizedAccessException(), Outcome.UNAUTHORIZED),
        arguments(new ForbiddenAccessException(), Outcome.FORBIDDEN),
        arguments(new NotFoundException("Todo list", 42), Outcome.NOT_FOUND),
        arguments(new ConflictException("Changed meanwhile."), Outcome.CONFLICT),
        arguments(
            new TooManyRequestsException("Slow down.", Duration.ofSeconds(1)), Outcome.THROTTLED),
        arguments(
            new ServiceUnavailableException(Duration.ofSeconds(5), new IllegalStateException()),
            Outcome.UNAVAILABLE),
        arguments(new UncheckedIOException(new ConnectException()), Outcome.UNAVAILABLE),
        arguments(new IllegalStateException("a bug"), Outcome.ERROR));
  }

  @Test
  void shouldRecordHowLongTheRequestTook() {
    var metrics = new RecordingRequestMetrics(Duration.ofMinutes(1));

    behaviourRecordingTo(metrics).handle(QUERY, () -> takingAtLeast(Duration.ofMillis(20)));

    assertThat(metrics.measurements())
        .singleElement()
        .extracting(Measurement::elapsed)
        .satisfies(elapsed -> assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(20)));
  }

  @Test
  void shouldWarnAboutRequestSlowerThanTheThreshold() {
    var metrics = new RecordingRequestMetrics(Duration.ofMillis(1));

    behaviourRecordingTo(metrics).handle(QUERY, () -> takingAtLeast(Duration.ofMillis(20)));

    assertThat(logs.records())
        .singleElement()
        .satisfies(
            logged -> {
              assertThat(logged.getLevel()).isEqualTo(Level.WARNING);
              assertThat(logged.getMessage())
                  .startsWith("Long running request GetTodoListQuery by ada: ")
                  .endsWith(" ms");
            });
  }

  @Test
  void shouldNotWarnAboutRequestFasterThanTheThreshold() {
    var metrics = new RecordingRequestMetrics(Duration.ofMinutes(1));

    behaviourRecordingTo(metrics).handle(QUERY, () -> LIST);

    assertThat(logs.records()).isEmpty();
  }

  private static PerformanceBehaviour behaviourRecordingTo(RecordingRequestMetrics metrics) {
    return new PerformanceBehaviour(
        metrics,
        FakeCurrentUser.user("ada"),
        new ExpectedFailures(FakeOutages.of(UncheckedIOException.class, Duration.ofSeconds(5))));
  }

  private static TodoListDto failWith(RuntimeException failure) {
    throw failure;
  }

  private static TodoListDto takingAtLeast(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return LIST;
  }
}
