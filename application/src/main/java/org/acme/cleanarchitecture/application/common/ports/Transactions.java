package org.acme.cleanarchitecture.application.common.ports;

import java.util.function.Supplier;

/** Runs work in a database transaction, so a command's changes commit or roll back together. */
public interface Transactions {

  /**
   * Runs the work in the current transaction, or in a new one that commits when the work returns
   * and rolls back when it throws.
   */
  <T> T inTransaction(Supplier<T> work);

  /** Whether the calling thread is inside a transaction, whose changes may not be committed yet. */
  boolean isActive();
}
