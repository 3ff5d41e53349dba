package org.acme.violations.domain;

import java.util.UUID;

public class PlainEntity {

  private final UUID id = UUID.randomUUID();

  public UUID id() {
    return id;
  }
}
