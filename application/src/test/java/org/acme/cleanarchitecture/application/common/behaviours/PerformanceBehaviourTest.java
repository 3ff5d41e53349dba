package org.acme.cleanarchitecture.application.common.behaviours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.acme.cleanarchitecture.application.common.exceptions.ConflictException;
import org.acme.cleanarchitecture.application.common.exceptions.ForbiddenAccessException;
import org.acme.cleanarchitecture.application.common.exceptions.NotFoundException;
import org.acme.cleanarchitecture.application.common.exceptions.ServiceUnavailableException;
import org.acme.cleanarchitecture.application.common.exceptions.TooManyRequestsException;
import org.acme.cleanarchitecture.application.common.exceptions.UnauthorizedAccessException;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationException;
import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.common.mediator.Query;
import org.acme.cleanarchitecture.application.common.ports.RequestObservations;
import org.acme.cleanarchitecture.application.common.ports.RequestObservations.Kind;
import org.acme.cleanarchitecture.application.common.ports.RequestObservations.Outcome;
import org.acme.cleanarchitecture.application.testsupport.CapturedLogs;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.acme.cleanarchitecture.application.testsupport.FakeOutages;
import org.acme.cleanarchitecture.application.testsupport.RecordingRequestObservations;
import org.acme.cleanarchitecture.application.testsupport.RecordingRequestObservations.Observed;
import org.acme.cleanarchitecture.domain.common.DomainException;
import org.acme.cleanarchitecture.domain.common.StaleVersionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PerformanceBehaviourTest {

  record PartyDto(long id, String title) {}

  record GetPartyQuery(long id) implements Query<PartyDto> {}

  record CancelPartyCommand(long id) implements Command<Void> {}

  private static final GetPartyQuery QUERY = new GetPartyQuery(42);
  private static final PartyDto PARTY = new PartyDto(42L, "Shopping");

  @RegisterExtension final CapturedLogs logs = CapturedLogs.of(PerformanceBehaviour.class);

  @Test
  void shouldObserveOneSuccessfulRequestNamedAfterItsTypeAndKind() {
    var observations = new RecordingRequestObservations(Duration.ofMinutes(1));

    var result = behaviourRecordingTo(observations).handle(QUERY, () -> PARTY);

    assertThat(result).isSameAs(PARTY);
    assertThat(observations.observations())
        .singleElement()
        .returns("GetPartyQuery", Observed::requestType)
        .returns(Kind.QUERY, Observed::kind)
        .returns(Outcome.SUCCESS, Observed::outcome);
  }

  @Test
  void shouldObserveACommandAsACommand() {
    var observations = new RecordingRequestObservations(Duration.ofMinutes(1));

    behaviourRecordingTo(observations).handle(new CancelPartyCommand(42), () -> null);

    assertThat(observations.observations())
        .singleElement()
        .returns("CancelPartyCommand", Observed::requestType)
        .returns(Kind.COMMAND, Observed::kind);
  }

  @Test
  void shouldStartTheObservationBeforeTheRequestRuns() {
    var observations = new RecordingRequestObservations(Duration.ofMinutes(1));

    behaviourRecordingTo(observations)
        .handle(
            QUERY,
            () -> {
              assertThat(observations.started()).containsExactly("GetPartyQuery");
              assertThat(observations.observations()).isEmpty();
              return PARTY;
            });

    assertThat(observations.observations()).hasSize(1);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("failuresAndTheirOutcomes")
  void shouldEndTheObservationWithWhyARequestFailedAndRethrowItsFailure(
      RuntimeException failure, Outcome outcome) {
    var observations = new RecordingRequestObservations(Duration.ofMinutes(1));

    assertThatThrownBy(
            () -> behaviourRecordingTo(observations).handle(QUERY, () -> failWith(failure)))
        .isSameAs(failure);
    assertThat(observations.observations())
        .singleElement()
        .returns("GetPartyQuery", Observed::requestType)
        .returns(outcome, Observed::outcome);
  }

  static Stream<Arguments> failuresAndTheirOutcomes() {
    return Stream.of(
        arguments(new ValidationException(List.of()), Outcome.VALIDATION),
        arguments(new DomainException("The domain refused."), Outcome.VALIDATION),
        arguments(new StaleVersionException("Party", 42, 1, 2), Outcome.CONFLICT),
        arguments(new UnauthorizedAccessException(), Outcome.UNAUTHORIZED),
        arguments(new ForbiddenAccessException(), Outcome.FORBIDDEN),
        arguments(new NotFoundException("Party", 42), Outcome.NOT_FOUND),
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
  void shouldWarnWithTheTimeTheObservationMeasured() {
    var measuringThreeSeconds =
        new RequestObservations() {
          @Override
          public Observation start(String requestType, Kind kind) {
            return outcome -> Duration.ofSeconds(3);
          }

          @Override
          public Duration slowRequestThreshold() {
            return Duration.ofSeconds(1);
          }
        };

    behaviourRecordingTo(measuringThreeSeconds).handle(QUERY, () -> PARTY);

    assertThat(logs.records())
        .singleElement()
        .extracting(LogRecord::getMessage)
        .isEqualTo("Long running request GetPartyQuery by ada: 3000 ms");
  }

  @Test
  void shouldWarnAboutRequestSlowerThanTheThreshold() {
    var observations = new RecordingRequestObservations(Duration.ofMillis(1));

    behaviourRecordingTo(observations).handle(QUERY, () -> takingAtLeast(Duration.ofMillis(20)));

    assertThat(logs.records())
        .singleElement()
        .satisfies(
            logged -> {
              assertThat(logged.getLevel()).isEqualTo(Level.WARNING);
              assertThat(logged.getMessage())
                  .startsWith("Long running request GetPartyQuery by ada: ")
                  .endsWith(" ms");
            });
  }

  @Test
  void shouldNotWarnAboutRequestFasterThanTheThreshold() {
    var observations = new RecordingRequestObservations(Duration.ofMinutes(1));

    behaviourRecordingTo(observations).handle(QUERY, () -> PARTY);

    assertThat(logs.records()).isEmpty();
  }

  private static PerformanceBehaviour behaviourRecordingTo(RequestObservations observations) {
    return new PerformanceBehaviour(
        observations,
        FakeCurrentUser.user("ada"),
        new ExpectedFailures(FakeOutages.of(UncheckedIOException.class, Duration.ofSeconds(5))));
  }

  private static PartyDto failWith(RuntimeException failure) {
    throw failure;
  }

  private static PartyDto takingAtLeast(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return PARTY;
  }
}
