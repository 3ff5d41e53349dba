package org.acme.violations.application.lists;

import jakarta.inject.Inject;

public class FieldInjectedService {

  @Inject ListStore store;

  long create(String title) {
    return store.add(title);
  }
}
