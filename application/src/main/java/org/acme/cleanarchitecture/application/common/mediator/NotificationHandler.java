package org.acme.cleanarchitecture.application.common.mediator;

import org.acme.cleanarchitecture.domain.common.DomainEvent;

/**
 * Reacts to one concrete domain event type; an event may have none, one or many handlers. Runs in
 * the command's transaction, or after its commit when marked {@link AfterCommit}.
 */
public interface NotificationHandler<E extends DomainEvent> {

  void handle(E event);
}
