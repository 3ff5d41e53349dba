package org.acme.violations.application.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;

@ApplicationScoped
public class ConstructorInjectedService {

  private final ListStore store;

  @Inject
  ConstructorInjectedService(ListStore store) {
    this.store = store;
  }

  long create(@NotBlank String title) {
    return store.add(title);
  }
}
