package org.acme.cleanarchitecture.application.common.behaviours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.acme.cleanarchitecture.application.common.exceptions.ConflictException;
import org.acme.cleanarchitecture.application.common.exceptions.ExpectedFailure;
import org.acme.cleanarchitecture.application.common.exceptions.IdempotencyKeyReusedException;
import org.acme.cleanarchitecture.application.common.exceptions.NotFoundException;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationException;
import org.acme.cleanarchitecture.application.common.idempotency.CurrentIdempotencyKey;
import org.acme.cleanarchitecture.application.common.idempotency.Idempotent;
import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.common.mediator.MediatorConfigurationException;
import org.acme.cleanarchitecture.application.common.mediator.PipelineBehaviour.Next;
import org.acme.cleanarchitecture.application.common.mediator.Query;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.acme.cleanarchitecture.application.common.security.AllowAnonymous;
import org.acme.cleanarchitecture.application.common.validation.ValidationMessages;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.acme.cleanarchitecture.application.testsupport.FakeIdempotencyKey;
import org.acme.cleanarchitecture.application.testsupport.InMemoryIdempotencyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyBehaviourTest {

  private static final String KEY = "6f1c8a52-1d0e-4d59-9d1b-4a4a0f1b7e21";

  @Idempotent
  record CreateNote(String text) implements Command<Long> {}

  record RenameNote(long id, String text) implements Command<Void> {}

  @Idempotent
  record FindNote(String text) implements Query<Long> {}

  @Idempotent
  @AllowAnonymous
  record CreateGuestNote(String text) implements Command<Long> {}

  @Idempotent
  record CreateNotes(List<String> texts) implements Command<List<Long>> {}

  private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();
  private final AtomicInteger runs = new AtomicInteger();

  /** The rest of the pipeline: creates a note, numbered by how many it has created. */
  private final Next<Long> createNote = () -> (long) runs.incrementAndGet();

  private IdempotencyBehaviour behaviour(CurrentUser caller, CurrentIdempotencyKey key) {
    return new IdempotencyBehaviour(key, caller, store);
  }

  private IdempotencyBehaviour forAda(String key) {
    return behaviour(FakeCurrentUser.user("ada"), FakeIdempotencyKey.of(key));
  }

  @Test
  void shouldApplyOnlyToCommandsMarkedIdempotent() {
    var behaviour = forAda(KEY);

    assertThat(behaviour.appliesTo(CreateNote.class)).isTrue();
    assertThat(behaviour.appliesTo(RenameNote.class)).isFalse();
  }

  @Test
  void shouldStopTheStartForAnIdempotentQuery() {
    assertThatThrownBy(() -> forAda(KEY).appliesTo(FindNote.class))
        .isInstanceOf(MediatorConfigurationException.class)
        .hasMessageContaining(FindNote.class.getName());
  }

  @Test
  void shouldStopTheStartForAnIdempotentCommandOpenToAnonymousCallers() {
    assertThatThrownBy(() -> forAda(KEY).appliesTo(CreateGuestNote.class))
        .isInstanceOf(MediatorConfigurationException.class)
        .hasMessageContaining(CreateGuestNote.class.getName());
  }

  @Test
  void shouldStopTheStartForAnIdempotentCommandWithoutAConcreteResultType() {
    assertThatThrownBy(() -> forAda(KEY).appliesTo(CreateNotes.class))
        .isInstanceOf(MediatorConfigurationException.class)
        .hasMessageContaining(CreateNotes.class.getName());
  }

  @Test
  void shouldRunCommandSentWithoutAKeyEveryTime() {
    var behaviour = behaviour(FakeCurrentUser.user("ada"), FakeIdempotencyKey.none());

    behaviour.handle(new CreateNote("milk"), createNote);
    behaviour.handle(new CreateNote("milk"), createNote);

    assertThat(runs).hasValue(2);
  }

  @Test
  void shouldRunTheFirstCommandWithAKey() {
    assertThat(forAda(KEY).handle(new CreateNote("milk"), createNote)).isEqualTo(1L);
    assertThat(runs).hasValue(1);
  }

  @Test
  void shouldAnswerTheSameCommandWithTheSameKeyWithTheFirstResultWithoutRunningIt() {
    var behaviour = forAda(KEY);
    behaviour.handle(new CreateNote("milk"), createNote);

    assertThat(behaviour.handle(new CreateNote("milk"), createNote)).isEqualTo(1L);
    assertThat(runs).hasValue(1);
  }

  @Test
  void shouldRefuseAnotherCommandWithAKeyAlreadyUsed() {
    var behaviour = forAda(KEY);
    behaviour.handle(new CreateNote("milk"), createNote);

    var refusal = catchThrowable(() -> behaviour.handle(new CreateNote("bread"), createNote));

    assertThat(refusal)
        .isInstanceOf(IdempotencyKeyReusedException.class)
        .hasMessageContaining(CurrentIdempotencyKey.NAME);
    assertThat(((ExpectedFailure) refusal).status()).isEqualTo(422);
    assertThat(runs).hasValue(1);
  }

  @Test
  void shouldRefuseTheSameCommandWhileTheFirstIsStillRunning() {
    var behaviour = forAda(KEY);
    Next<Long> sentAgainWhileRunning =
        () -> {
          var duplicate =
              catchThrowable(() -> behaviour.handle(new CreateNote("milk"), createNote));
          assertThat(duplicate).isInstanceOf(ConflictException.class);
          return createNote.proceed();
        };

    assertThat(behaviour.handle(new CreateNote("milk"), sentAgainWhileRunning)).isEqualTo(1L);
    assertThat(runs).hasValue(1);
  }

  @Test
  void shouldFreeTheKeyOfACommandThatFails() {
    var behaviour = forAda(KEY);
    Next<Long> refused =
        () -> {
          throw new NotFoundException("Note list", 7);
        };
    catchThrowable(() -> behaviour.handle(new CreateNote("milk"), refused));

    assertThat(behaviour.handle(new CreateNote("milk"), createNote)).isEqualTo(1L);
  }

  @Test
  void shouldPassTheFailureOfACommandOnUnchanged() {
    var failure = new IllegalStateException("the database went away");

    assertThatThrownBy(
            () ->
                forAda(KEY)
                    .handle(
                        new CreateNote("milk"),
                        () -> {
                          throw failure;
                        }))
        .isSameAs(failure);
  }

  @Test
  void shouldNeverAnswerOneCallerWithTheResultOfAnother() {
    var key = FakeIdempotencyKey.of(KEY);
    behaviour(FakeCurrentUser.user("ada"), key).handle(new CreateNote("milk"), createNote);

    var forGrace = behaviour(FakeCurrentUser.user("grace"), key);

    assertThat(forGrace.handle(new CreateNote("milk"), createNote)).isEqualTo(2L);
    assertThat(forGrace.handle(new CreateNote("milk"), createNote)).isEqualTo(2L);
  }

  @Test
  void shouldNeverRefuseOneCallerForTheKeyOfAnother() {
    var key = FakeIdempotencyKey.of(KEY);
    behaviour(FakeCurrentUser.user("ada"), key).handle(new CreateNote("milk"), createNote);

    var forGrace = behaviour(FakeCurrentUser.user("grace"), key);

    assertThat(forGrace.handle(new CreateNote("bread"), createNote)).isEqualTo(2L);
  }

  @Test
  void shouldRunTheCommandWhenTheStoreIsDown() {
    var behaviour = forAda(KEY);
    store.goDown();

    behaviour.handle(new CreateNote("milk"), createNote);
    behaviour.handle(new CreateNote("milk"), createNote);

    assertThat(runs).hasValue(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "tab\tinside", "naïve", "line\nbreak"})
  void shouldRefuseAMalformedKeyNamingIt(String key) {
    var refusal =
        catchThrowableOfType(
            ValidationException.class,
            () -> forAda(key).handle(new CreateNote("milk"), createNote));

    assertThat(refusal.errors())
        .containsExactly(
            Map.entry(
                CurrentIdempotencyKey.NAME, List.of(ValidationMessages.IDEMPOTENCY_KEY_MALFORMED)));
    assertThat(runs).hasValue(0);
  }

  @Test
  void shouldRefuseAKeyLongerThan255Characters() {
    var behaviour = forAda("k".repeat(256));

    assertThatThrownBy(() -> behaviour.handle(new CreateNote("milk"), createNote))
        .isInstanceOf(ValidationException.class);
    assertThat(forAda("k".repeat(255)).handle(new CreateNote("milk"), createNote)).isEqualTo(1L);
  }
}
