package org.acme.violations.application.lists;

import jakarta.transaction.Transactional;

public class TransactionalService {

  private final ListStore store;

  TransactionalService(ListStore store) {
    this.store = store;
  }

  @Transactional
  long create(String title) {
    return store.add(title);
  }
}
