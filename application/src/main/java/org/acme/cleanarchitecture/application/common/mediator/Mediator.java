package org.acme.cleanarchitecture.application.common.mediator;

import org.acme.cleanarchitecture.domain.common.DomainEvent;

/** The single entry point to the use cases: sends requests and publishes domain events. */
public interface Mediator {

  /** Runs the request through its pipeline and its handler, and returns the handler's result. */
  <R> R send(Request<R> request);

  /**
   * Hands the event to each of its handlers for the given phase, in turn. The infrastructure calls
   * this for the events of the aggregates a command touched, once per phase.
   */
  void publish(DomainEvent event, EventPhase phase);
}
