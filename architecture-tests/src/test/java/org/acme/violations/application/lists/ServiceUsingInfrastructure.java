package org.acme.violations.application.lists;

import org.acme.violations.infrastructure.ListStoreAdapter;

public class ServiceUsingInfrastructure {

  private final ListStoreAdapter store = new ListStoreAdapter();

  long create(String title) {
    return store.add(title);
  }
}
