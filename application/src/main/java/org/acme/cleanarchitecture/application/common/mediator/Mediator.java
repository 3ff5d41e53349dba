package org.acme.cleanarchitecture.application.common.mediator;

/** The single entry point to the use cases: sends requests and publishes notifications. */
public interface Mediator {

  /** Runs the request through its pipeline and its handler, and returns the handler's result. */
  <R> R send(Request<R> request);

  /** Hands the notification to each of its handlers in turn. */
  void publish(Notification notification);
}
