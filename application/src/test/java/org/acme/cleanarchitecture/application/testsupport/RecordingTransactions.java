package org.acme.cleanarchitecture.application.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.acme.cleanarchitecture.application.common.ports.Transactions;

/**
 * Transactions that only write down when one begins and commits or rolls back. Work started inside
 * a transaction joins it, as with the real ones: only the outermost call begins and ends one.
 */
public final class RecordingTransactions implements Transactions {

  private final List<String> journal = new ArrayList<>();
  private int depth;

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    var outermost = depth == 0;
    if (outermost) {
      journal.add("begin");
    }
    depth++;
    try {
      var result = work.get();
      if (outermost) {
        journal.add("commit");
      }
      return result;
    } catch (RuntimeException e) {
      if (outermost) {
        journal.add("rollback");
      }
      throw e;
    } finally {
      depth--;
    }
  }

  @Override
  public boolean isActive() {
    return depth > 0;
  }

  /** What happened, in order; a test may write its own entries to show when its work ran. */
  public List<String> journal() {
    return journal;
  }
}
