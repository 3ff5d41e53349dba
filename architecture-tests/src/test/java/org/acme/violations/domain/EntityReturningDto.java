package org.acme.violations.domain;

import org.acme.violations.application.lists.ListDto;

public class EntityReturningDto {

  private final long id = 1;
  private final String title = "Groceries";

  public ListDto toDto() {
    return new ListDto(id, title);
  }
}
