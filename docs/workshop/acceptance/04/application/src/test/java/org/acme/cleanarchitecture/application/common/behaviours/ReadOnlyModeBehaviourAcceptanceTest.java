package org.acme.cleanarchitecture.application.common.behaviours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.acme.cleanarchitecture.application.common.exceptions.ExpectedFailure;
import org.acme.cleanarchitecture.application.common.exceptions.ReadOnlyModeException;
import org.acme.cleanarchitecture.application.common.mediator.BehaviourOrder;
import org.acme.cleanarchitecture.application.common.ports.MaintenanceMode;
import org.acme.cleanarchitecture.application.todolists.commands.createtodolist.CreateTodoListCommand;
import org.acme.cleanarchitecture.application.todolists.queries.gettodos.GetTodosQuery;
import org.acme.cleanarchitecture.application.users.commands.login.LoginCommand;
import org.junit.jupiter.api.Test;

/**
 * Workshop lab 4's acceptance test: while the service is read-only, {@link ReadOnlyModeBehaviour}
 * refuses every command with a 503 before any of it runs, and lets queries through.
 */
class ReadOnlyModeBehaviourAcceptanceTest {

  private static final CreateTodoListCommand COMMAND = new CreateTodoListCommand("Shopping", null);

  private final MaintenanceMode readOnly = () -> true;
  private final MaintenanceMode writable = () -> false;
  private boolean handled;

  @Test
  void shouldRefuseACommandWithoutRunningItWhileReadOnly() {
    var behaviour = new ReadOnlyModeBehaviour(readOnly);

    assertThatThrownBy(() -> behaviour.handle(COMMAND, this::handle))
        .isInstanceOf(ReadOnlyModeException.class)
        .isInstanceOf(ExpectedFailure.class)
        .extracting(failure -> ((ExpectedFailure) failure).status())
        .isEqualTo(503);
    assertThat(handled).isFalse();
  }

  @Test
  void shouldRunACommandWhileWritable() {
    var result = new ReadOnlyModeBehaviour(writable).handle(COMMAND, this::handle);

    assertThat(result).isEqualTo(42L);
    assertThat(handled).isTrue();
  }

  @Test
  void shouldApplyToEveryCommandAndToNoQuery() {
    var behaviour = new ReadOnlyModeBehaviour(readOnly);

    assertThat(behaviour.appliesTo(CreateTodoListCommand.class)).isTrue();
    assertThat(behaviour.appliesTo(LoginCommand.class)).isTrue();
    assertThat(behaviour.appliesTo(GetTodosQuery.class)).isFalse();
  }

  /**
   * Inside authorization, so that an anonymous caller is still told to authenticate; outside
   * idempotency, validation, caching and the transaction, so that a refused command touches neither
   * Redis nor the database.
   */
  @Test
  void shouldSitBetweenAuthorizationAndIdempotency() {
    var order = new ReadOnlyModeBehaviour(readOnly).order();

    assertThat(order)
        .isEqualTo(BehaviourOrder.READ_ONLY_MODE)
        .isGreaterThan(BehaviourOrder.AUTHORIZATION)
        .isLessThan(BehaviourOrder.IDEMPOTENCY);
  }

  private Long handle() {
    handled = true;
    return 42L;
  }
}
