package org.acme.violations.application.lists;

import org.acme.violations.application.common.mediator.CommandHandler;

public class PublishListHandler implements CommandHandler<PublishListCommand, Void> {

  @Override
  public Void handle(PublishListCommand command) {
    return null;
  }
}
