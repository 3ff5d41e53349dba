package org.acme.cleanarchitecture.application.common.behaviours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.acme.cleanarchitecture.application.common.exceptions.NotFoundException;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationException;
import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.common.ports.RequestLogSettings.RequestLogLevel;
import org.acme.cleanarchitecture.application.testsupport.CapturedLogs;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LoggingBehaviourTest {

  record PlanPartyCommand(String title, String colour) implements Command<Long> {}

  private static final PlanPartyCommand COMMAND =
      new PlanPartyCommand("Surprise party for Bob", "#FF5733");

  @RegisterExtension final CapturedLogs logs = CapturedLogs.of(LoggingBehaviour.class);

  private final LoggingBehaviour behaviour =
      new LoggingBehaviour(FakeCurrentUser.user("ada"), () -> RequestLogLevel.INFO);

  static Stream<RuntimeException> expectedFailures() {
    return Stream.of(
        new ValidationException(Map.of("title", List.of("The title must be unique."))),
        new NotFoundException("Party", 42));
  }

  @Test
  void shouldLogRequestNameAndUserAsInformation() {
    behaviour.handle(COMMAND, () -> 1L);

    assertThat(logs.records())
        .extracting(LogRecord::getLevel, LogRecord::getMessage)
        .containsExactly(tuple(Level.INFO, "Request PlanPartyCommand by ada"));
  }

  @Test
  void shouldNameAnonymousCallerAsAnonymous() {
    new LoggingBehaviour(FakeCurrentUser.anonymous(), () -> RequestLogLevel.INFO)
        .handle(COMMAND, () -> 1L);

    assertThat(logs.messages()).containsExactly("Request PlanPartyCommand by anonymous");
  }

  @Test
  void shouldLogRequestAsDebugWhenSoConfigured() {
    new LoggingBehaviour(FakeCurrentUser.user("ada"), () -> RequestLogLevel.DEBUG)
        .handle(COMMAND, () -> 1L);

    assertThat(logs.records())
        .extracting(LogRecord::getLevel, LogRecord::getMessage)
        .containsExactly(tuple(Level.FINE, "Request PlanPartyCommand by ada"));
  }

  @Test
  void shouldLogOnlyRefusalsWhenRequestLogIsOff() {
    var quiet = new LoggingBehaviour(FakeCurrentUser.user("ada"), () -> RequestLogLevel.OFF);
    var failure = new NotFoundException("Party", 42);

    quiet.handle(COMMAND, () -> 1L);
    catchThrowable(() -> quiet.handle(COMMAND, () -> failWith(failure)));

    assertThat(logs.records())
        .extracting(LogRecord::getLevel, LogRecord::getMessage)
        .containsExactly(
            tuple(Level.INFO, "Request PlanPartyCommand by ada refused: NotFoundException"));
  }

  @Test
  void shouldReturnTheResultOfTheRestOfThePipeline() {
    assertThat(behaviour.handle(COMMAND, () -> 7L)).isEqualTo(7L);
  }

  @ParameterizedTest
  @MethodSource("expectedFailures")
  void shouldLogExpectedFailureAsInformationOnly(RuntimeException failure) {
    catchThrowable(() -> behaviour.handle(COMMAND, () -> failWith(failure)));

    assertThat(logs.records())
        .extracting(LogRecord::getLevel, LogRecord::getMessage)
        .containsExactly(
            tuple(Level.INFO, "Request PlanPartyCommand by ada"),
            tuple(
                Level.INFO,
                "Request PlanPartyCommand by ada refused: " + failure.getClass().getSimpleName()));
  }

  @ParameterizedTest
  @MethodSource("expectedFailures")
  void shouldRethrowExpectedFailureUnchanged(RuntimeException failure) {
    assertThatThrownBy(() -> behaviour.handle(COMMAND, () -> failWith(failure))).isSameAs(failure);
  }

  @Test
  void shouldLeaveUnexpectedFailureToTheUnhandledExceptionBehaviour() {
    var failure = new IllegalStateException("The database is down.");

    assertThatThrownBy(() -> behaviour.handle(COMMAND, () -> failWith(failure))).isSameAs(failure);
    assertThat(logs.messages()).containsExactly("Request PlanPartyCommand by ada");
  }

  @Test
  void shouldNeverLogTheContentOfTheRequest() {
    behaviour.handle(COMMAND, () -> 1L);

    assertThat(logs.messages())
        .isNotEmpty()
        .noneMatch(message -> message.contains(COMMAND.title()))
        .noneMatch(message -> message.contains(COMMAND.colour()));
  }

  @Test
  void shouldNotLogARefusalMessageThatRepeatsTheRequest() {
    var failure =
        new ValidationException(
            Map.of("colour", List.of("The colour " + COMMAND.colour() + " is not supported.")));

    catchThrowable(() -> behaviour.handle(COMMAND, () -> failWith(failure)));

    assertThat(logs.messages()).hasSize(2).noneMatch(message -> message.contains(COMMAND.colour()));
  }

  private static Long failWith(RuntimeException failure) {
    throw failure;
  }
}
