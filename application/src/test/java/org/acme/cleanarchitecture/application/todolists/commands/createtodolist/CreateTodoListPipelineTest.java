package org.acme.cleanarchitecture.application.todolists.commands.createtodolist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.acme.cleanarchitecture.application.common.behaviours.AuthorizationBehaviour;
import org.acme.cleanarchitecture.application.common.behaviours.CachingBehaviour;
import org.acme.cleanarchitecture.application.common.behaviours.ExpectedFailures;
import org.acme.cleanarchitecture.application.common.behaviours.IdempotencyBehaviour;
import org.acme.cleanarchitecture.application.common.behaviours.LoggingBehaviour;
import org.acme.cleanarchitecture.application.common.behaviours.PerformanceBehaviour;
import org.acme.cleanarchitecture.application.common.behaviours.TransactionBehaviour;
import org.acme.cleanarchitecture.application.common.behaviours.UnhandledExceptionBehaviour;
import org.acme.cleanarchitecture.application.common.behaviours.ValidationBehaviour;
import org.acme.cleanarchitecture.application.common.exceptions.UnauthorizedAccessException;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationException;
import org.acme.cleanarchitecture.application.common.mediator.Mediator;
import org.acme.cleanarchitecture.application.common.mediator.PipelineMediator;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.acme.cleanarchitecture.application.common.ports.RequestLogSettings.RequestLogLevel;
import org.acme.cleanarchitecture.application.common.ports.RequestObservations.Outcome;
import org.acme.cleanarchitecture.application.testsupport.CapturedLogs;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.acme.cleanarchitecture.application.testsupport.FakeIdempotencyKey;
import org.acme.cleanarchitecture.application.testsupport.FakeOutages;
import org.acme.cleanarchitecture.application.testsupport.InMemoryCacheGenerations;
import org.acme.cleanarchitecture.application.testsupport.InMemoryIdempotencyStore;
import org.acme.cleanarchitecture.application.testsupport.InMemoryQueryCache;
import org.acme.cleanarchitecture.application.testsupport.InMemoryTodoListRepository;
import org.acme.cleanarchitecture.application.testsupport.RecordingRequestObservations;
import org.acme.cleanarchitecture.application.testsupport.RecordingRequestObservations.Observed;
import org.acme.cleanarchitecture.application.testsupport.RecordingTransactions;
import org.acme.cleanarchitecture.application.todolists.UniqueListTitle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sends {@link CreateTodoListCommand} through a mediator built with every real behaviour, to show
 * they run in the documented order: logging, unhandled exceptions, performance, authorization,
 * idempotency, validation, caching, transaction, then the handler.
 */
class CreateTodoListPipelineTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
  private static final String ADA = "ada";
  private static final CreateTodoListCommand VALID = new CreateTodoListCommand("Shopping", null);
  private static final CreateTodoListCommand INVALID = new CreateTodoListCommand(" ", "#123456");

  @RegisterExtension
  final CapturedLogs logs = CapturedLogs.of(LoggingBehaviour.class.getPackageName());

  private final InMemoryTodoListRepository todoLists = new InMemoryTodoListRepository();
  private final RecordingRequestObservations observations =
      new RecordingRequestObservations(Duration.ofMinutes(1));
  private final RecordingTransactions transactions = new RecordingTransactions();
  private final InMemoryCacheGenerations cacheGenerations =
      new InMemoryCacheGenerations(transactions.journal());
  private final InMemoryIdempotencyStore idempotencyStore = new InMemoryIdempotencyStore();

  @AfterAll
  static void closeValidation() {
    VALIDATION.close();
  }

  @Test
  void shouldCreateTheListAndAdvanceTheCallersCacheGenerationInOneTransaction() {
    Long id = mediatorFor(FakeCurrentUser.user(ADA)).send(VALID);

    assertThat(todoLists.findOwned(id, ADA)).isPresent();
    assertThat(transactions.journal()).containsExactly("begin", "advance ada", "commit");
  }

  @Test
  void shouldCheckTheCallerBeforeValidatingTheCommand() {
    var mediator = mediatorFor(FakeCurrentUser.anonymous());

    assertThatThrownBy(() -> mediator.send(INVALID))
        .isInstanceOf(UnauthorizedAccessException.class);
  }

  @Test
  void shouldValidateTheCommandBeforeOpeningATransaction() {
    var mediator = mediatorFor(FakeCurrentUser.user(ADA));

    assertThatThrownBy(() -> mediator.send(INVALID)).isInstanceOf(ValidationException.class);
    assertThat(transactions.journal()).isEmpty();
  }

  @Test
  void shouldAnswerARepeatedCommandWithItsFirstIdThoughItsTitleIsTakenNow() {
    var mediator = mediatorFor(FakeCurrentUser.user(ADA), FakeIdempotencyKey.of("first try"));
    Long first = mediator.send(VALID);

    Long repeated = mediator.send(VALID);

    assertThat(repeated).isEqualTo(first);
    assertThat(todoLists.allOwnedByOrderedByTitle(ADA)).hasSize(1);
  }

  @Test
  void shouldReportAnnotationAndValidatorFailuresTogether() {
    var mediator = mediatorFor(FakeCurrentUser.user(ADA));

    var failure = catchThrowableOfType(ValidationException.class, () -> mediator.send(INVALID));

    assertThat(failure.errors()).containsOnlyKeys("title", "colour");
  }

  @Test
  void shouldObserveRequestThatAuthorizationRefuses() {
    var mediator = mediatorFor(FakeCurrentUser.anonymous());

    catchThrowable(() -> mediator.send(VALID));

    assertThat(observations.observations())
        .singleElement()
        .returns("CreateTodoListCommand", Observed::requestType)
        .returns(Outcome.UNAUTHORIZED, Observed::outcome);
  }

  @Test
  void shouldLogRefusalAsInformationNeverAsError() {
    var mediator = mediatorFor(FakeCurrentUser.anonymous());

    catchThrowable(() -> mediator.send(VALID));

    assertThat(logs.records())
        .extracting(LogRecord::getLevel)
        .containsExactly(Level.INFO, Level.INFO);
    assertThat(logs.messages())
        .last()
        .isEqualTo(
            "Request CreateTodoListCommand by anonymous refused: UnauthorizedAccessException");
  }

  private Mediator mediatorFor(CurrentUser currentUser) {
    return mediatorFor(currentUser, FakeIdempotencyKey.none());
  }

  private Mediator mediatorFor(CurrentUser currentUser, FakeIdempotencyKey idempotencyKey) {
    var validators =
        List.of(new CreateTodoListValidator(new UniqueListTitle(todoLists, currentUser)));
    var expectedFailures = new ExpectedFailures(FakeOutages.none());
    // Registered innermost first, so only BehaviourOrder can put them in the documented order.
    return new PipelineMediator(
        List.of(new CreateTodoListHandler(todoLists, currentUser)),
        List.of(
            new TransactionBehaviour(transactions),
            new CachingBehaviour(
                new InMemoryQueryCache(), cacheGenerations, transactions, currentUser),
            new ValidationBehaviour(VALIDATION.getValidator(), validators),
            new IdempotencyBehaviour(idempotencyKey, currentUser, idempotencyStore),
            new AuthorizationBehaviour(currentUser),
            new PerformanceBehaviour(observations, currentUser, expectedFailures),
            new UnhandledExceptionBehaviour(currentUser, expectedFailures),
            new LoggingBehaviour(currentUser, () -> RequestLogLevel.INFO)));
  }
}
