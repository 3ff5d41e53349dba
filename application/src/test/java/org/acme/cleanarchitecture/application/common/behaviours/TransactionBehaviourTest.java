package org.acme.cleanarchitecture.application.common.behaviours;

import static org.assertj.core.api.Assertions.assertThat;

import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.common.mediator.Query;
import org.acme.cleanarchitecture.application.testsupport.RecordingTransactions;
import org.junit.jupiter.api.Test;

class TransactionBehaviourTest {

  record Save() implements Command<String> {}

  record Find() implements Query<String> {}

  private final RecordingTransactions transactions = new RecordingTransactions();
  private final TransactionBehaviour behaviour = new TransactionBehaviour(transactions);

  @Test
  void shouldApplyToCommandsOnly() {
    assertThat(behaviour.appliesTo(Save.class)).isTrue();
    assertThat(behaviour.appliesTo(Find.class)).isFalse();
  }

  @Test
  void shouldRunTheRestOfThePipelineInsideOneTransaction() {
    String result =
        behaviour.handle(
            new Save(),
            () -> {
              transactions.journal().add("handler");
              return "saved";
            });

    assertThat(result).isEqualTo("saved");
    assertThat(transactions.journal()).containsExactly("begin", "handler", "commit");
  }
}
