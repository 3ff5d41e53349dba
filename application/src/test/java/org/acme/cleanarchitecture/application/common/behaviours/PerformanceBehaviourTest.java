package org.acme.cleanarchitecture.application.common.behaviours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.acme.cleanarchitecture.application.common.exceptions.NotFoundException;
import org.acme.cleanarchitecture.application.testsupport.CapturedLogs;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.acme.cleanarchitecture.application.testsupport.RecordingRequestMetrics;
import org.acme.cleanarchitecture.application.testsupport.RecordingRequestMetrics.Measurement;
import org.acme.cleanarchitecture.application.todolists.queries.TodoListDto;
import org.acme.cleanarchitecture.application.todolists.queries.gettodolist.GetTodoListQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PerformanceBehaviourTest {

  private static final GetTodoListQuery QUERY = new GetTodoListQuery(42);
  private static final TodoListDto LIST = new TodoListDto(42L, "Shopping", "#FFFFFF", 0, List.of());

  @RegisterExtension final CapturedLogs logs = CapturedLogs.of(PerformanceBehaviour.class);

  @Test
  void shouldRecordOneSuccessfulMeasurementNamedAfterTheRequest() {
    var metrics = new RecordingRequestMetrics(Duration.ofMinutes(1));

    var result = behaviourRecordingTo(metrics).handle(QUERY, () -> LIST);

    assertThat(result).isSameAs(LIST);
    assertThat(metrics.measurements())
        .singleElement()
        .returns("GetTodoListQuery", Measurement::requestType)
        .returns(true, Measurement::succeeded);
  }

  @Test
  void shouldRecordFailedRequestAsUnsuccessfulAndRethrowItsFailure() {
    var metrics = new RecordingRequestMetrics(Duration.ofMinutes(1));
    var failure = new NotFoundException("Todo list", 42);

    assertThatThrownBy(() -> behaviourRecordingTo(metrics).handle(QUERY, () -> failWith(failure)))
        .isSameAs(failure);
    assertThat(metrics.measurements())
        .singleElement()
        .returns("GetTodoListQuery", Measurement::requestType)
        .returns(false, Measurement::succeeded);
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
    return new PerformanceBehaviour(metrics, FakeCurrentUser.user("ada"));
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
