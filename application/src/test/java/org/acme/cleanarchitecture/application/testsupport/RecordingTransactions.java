package org.acme.cleanarchitecture.application.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.acme.cleanarchitecture.application.common.ports.Transactions;

/** Transactions that only write down when one begins and commits. */
public final class RecordingTransactions implements Transactions {

  private final List<String> journal = new ArrayList<>();

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    journal.add("begin");
    var result = work.get();
    journal.add("commit");
    return result;
  }

  /** What happened, in order; a test may write its own entries to show when its work ran. */
  public List<String> journal() {
    return journal;
  }
}
