package org.acme.violations.application.lists;

import org.acme.violations.application.common.mediator.CommandHandler;

public class RenameListHandler implements CommandHandler<RenameListCommand, Void> {

  @Override
  public Void handle(RenameListCommand command) {
    return null;
  }
}
