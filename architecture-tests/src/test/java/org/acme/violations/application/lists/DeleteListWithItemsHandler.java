package org.acme.violations.application.lists;

import org.acme.violations.application.common.mediator.CommandHandler;

public class DeleteListWithItemsHandler implements CommandHandler<DeleteListCommand, Void> {

  @Override
  public Void handle(DeleteListCommand command) {
    return null;
  }
}
