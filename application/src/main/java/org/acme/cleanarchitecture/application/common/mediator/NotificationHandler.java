package org.acme.cleanarchitecture.application.common.mediator;

import org.acme.cleanarchitecture.domain.common.DomainEvent;

/** Reacts to one domain event type; an event may have none, one or many handlers. */
public interface NotificationHandler<E extends DomainEvent> {

  void handle(E event);

  /** Runs in the command's transaction unless it says otherwise. */
  default EventPhase phase() {
    return EventPhase.IN_TRANSACTION;
  }
}
