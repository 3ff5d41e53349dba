package org.acme.violations.application.lists;

import org.acme.violations.application.common.mediator.Command;

public final class CreateListCommand implements Command<Long> {

  private final String title;

  public CreateListCommand(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
