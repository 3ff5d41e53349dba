package org.acme.cleanarchitecture.application.common.mediator;

import org.acme.cleanarchitecture.domain.common.DomainEvent;

/**
 * Hands domain events to their handlers. Only the infrastructure calls it, when a command's
 * transaction reaches each {@link EventPhase}; resources and handlers raise events through the
 * domain instead.
 */
public interface DomainEventPublisher {

  /** Hands the event to each of its handlers for the given phase, in turn. */
  void publish(DomainEvent event, EventPhase phase);
}
