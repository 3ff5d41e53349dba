package org.acme.violations.infrastructure;

import java.util.concurrent.atomic.AtomicLong;
import org.acme.violations.application.lists.ListStore;

public class ListStoreAdapter implements ListStore {

  private final AtomicLong lastId = new AtomicLong();

  @Override
  public long add(String title) {
    return lastId.incrementAndGet();
  }
}
