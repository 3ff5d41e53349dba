package org.acme.violations.application.lists;

import org.acme.violations.application.common.mediator.CommandHandler;

public class CreateListProcessor implements CommandHandler<CreateListCommand, Long> {

  @Override
  public Long handle(CreateListCommand command) {
    return 1L;
  }
}
