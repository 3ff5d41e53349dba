package org.acme.cleanarchitecture.application.common.behaviours;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.common.mediator.Query;
import org.acme.cleanarchitecture.application.common.ports.Transactions;
import org.junit.jupiter.api.Test;

class TransactionBehaviourTest {

  record Save() implements Command<String> {}

  record Find() implements Query<String> {}

  static final class RecordingTransactions implements Transactions {
    final List<String> journal = new ArrayList<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
      journal.add("begin");
      var result = work.get();
      journal.add("commit");
      return result;
    }
  }

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
              transactions.journal.add("handler");
              return "saved";
            });

    assertThat(result).isEqualTo("saved");
    assertThat(transactions.journal).containsExactly("begin", "handler", "commit");
  }
}
