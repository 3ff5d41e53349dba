package org.acme.cleanarchitecture.application.common.behaviours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.acme.cleanarchitecture.application.common.exceptions.ConflictException;
import org.acme.cleanarchitecture.application.common.exceptions.DomainRuleException;
import org.acme.cleanarchitecture.application.common.exceptions.ExpectedFailure;
import org.acme.cleanarchitecture.application.common.exceptions.ForbiddenAccessException;
import org.acme.cleanarchitecture.application.common.exceptions.NotFoundException;
import org.acme.cleanarchitecture.application.common.exceptions.PreconditionFailedException;
import org.acme.cleanarchitecture.application.common.exceptions.ServiceUnavailableException;
import org.acme.cleanarchitecture.application.common.exceptions.UnauthorizedAccessException;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationException;
import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.testsupport.CapturedLogs;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.acme.cleanarchitecture.application.testsupport.FakeOutages;
import org.acme.cleanarchitecture.domain.common.DomainException;
import org.acme.cleanarchitecture.domain.common.StaleVersionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnhandledExceptionBehaviourTest {

  record PlanPartyCommand(String title) implements Command<Long> {}

  private static final PlanPartyCommand COMMAND = new PlanPartyCommand("Shopping");
  private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  @RegisterExtension final CapturedLogs logs = CapturedLogs.of(UnhandledExceptionBehaviour.class);

  private final UnhandledExceptionBehaviour behaviour =
      new UnhandledExceptionBehaviour(
          FakeCurrentUser.user("ada"),
          new ExpectedFailures(FakeOutages.of(UncheckedIOException.class, RETRY_AFTER)));

  static Stream<RuntimeException> expectedFailures() {
    return Stream.of(
        new ValidationException(Map.of("title", List.of("The title is required."))),
        new NotFoundException("Party", 42),
        new UnauthorizedAccessException(),
        new ForbiddenAccessException(),
        new ConflictException("The title was taken meanwhile.", new IllegalStateException()));
  }

  @Test
  void shouldLogUnexpectedFailureAsErrorNamingRequestAndUser() {
    var failure = new IllegalStateException("The database is down.");

    catchThrowable(() -> behaviour.handle(COMMAND, () -> failWith(failure)));

    assertThat(logs.records())
        .singleElement()
        .satisfies(
            logged -> {
              assertThat(logged.getLevel()).isEqualTo(Level.SEVERE);
              assertThat(logged.getMessage())
                  .startsWith("Request PlanPartyCommand by ada failed unexpectedly");
            });
  }

  @Test
  void shouldNameTheFailuresTypeButNotRepeatItsMessage() {
    var failure = new IllegalStateException("Cannot store title Surprise party for Bob");

    catchThrowable(() -> behaviour.handle(COMMAND, () -> failWith(failure)));

    assertThat(logs.messages())
        .singleElement()
        .asString()
        .endsWith(IllegalStateException.class.getName())
        .doesNotContain("Surprise party");
  }

  @Test
  void shouldRethrowUnexpectedFailureUnchanged() {
    var failure = new IllegalStateException("The database is down.");

    assertThatThrownBy(() -> behaviour.handle(COMMAND, () -> failWith(failure))).isSameAs(failure);
  }

  @ParameterizedTest
  @MethodSource("expectedFailures")
  void shouldNotLogExpectedFailureAsError(RuntimeException failure) {
    assertThatThrownBy(() -> behaviour.handle(COMMAND, () -> failWith(failure))).isSameAs(failure);

    assertThat(logs.records()).isEmpty();
  }

  @Test
  void shouldAnswerBrokenDomainRuleAsExpectedFailureWithTheDomainsMessage() {
    var refusal = new DomainException("A party needs a title.");

    var thrown = catchThrowable(() -> behaviour.handle(COMMAND, () -> failWith(refusal)));

    assertThat(thrown)
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("A party needs a title.")
        .hasCause(refusal);
    assertThat(((ExpectedFailure) thrown).status()).isEqualTo(400);
    assertThat(logs.records()).isEmpty();
  }

  @Test
  void shouldAnswerStaleVersionAsFailedPrecondition() {
    var stale = new StaleVersionException("Party", 42, 1, 2);

    var thrown = catchThrowable(() -> behaviour.handle(COMMAND, () -> failWith(stale)));

    assertThat(thrown)
        .isInstanceOf(PreconditionFailedException.class)
        .hasMessage(stale.getMessage())
        .hasCause(stale);
    assertThat(((ExpectedFailure) thrown).status()).isEqualTo(412);
    assertThat(logs.records()).isEmpty();
  }

  @Test
  void shouldAnswerAnOutageAsServiceUnavailableForAsLongAsTheOutagesSay() {
    var outage = new UncheckedIOException(new ConnectException("Connection refused"));

    var thrown = catchThrowable(() -> behaviour.handle(COMMAND, () -> failWith(outage)));

    assertThat(thrown).isInstanceOf(ServiceUnavailableException.class).hasCause(outage);
    assertThat(((ServiceUnavailableException) thrown).retryAfter()).contains(RETRY_AFTER);
    assertThat(((ExpectedFailure) thrown).status()).isEqualTo(503);
  }

  @Test
  void shouldLogAnOutageAsOneWarningNamingItsRootCauseWithoutStackTrace() {
    var outage = new UncheckedIOException(new ConnectException("Connection refused"));

    catchThrowable(() -> behaviour.handle(COMMAND, () -> failWith(outage)));

    assertThat(logs.records())
        .singleElement()
        .satisfies(
            logged -> {
              assertThat(logged.getLevel()).isEqualTo(Level.WARNING);
              assertThat(logged.getMessage())
                  .isEqualTo(
                      "Request PlanPartyCommand by ada could not reach the database:"
                          + " java.net.ConnectException");
              assertThat(logged.getThrown()).isNull();
            });
  }

  @Test
  void shouldLogNothingWhenTheRequestSucceeds() {
    assertThat(behaviour.handle(COMMAND, () -> 1L)).isEqualTo(1L);

    assertThat(logs.records()).isEmpty();
  }

  private static Long failWith(RuntimeException failure) {
    throw failure;
  }
}
