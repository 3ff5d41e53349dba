package org.acme.cleanarchitecture.application.testsupport;

import org.acme.cleanarchitecture.application.common.idempotency.IdempotencyStore;
import org.acme.cleanarchitecture.application.testsupport.contracts.IdempotencyStoreContract;

/** The in-memory fake keeps the contract that the store the service runs on keeps. */
class InMemoryIdempotencyStoreTest extends IdempotencyStoreContract {

  private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();

  @Override
  protected IdempotencyStore store() {
    return store;
  }
}
