package org.acme.cleanarchitecture.application.common.mediator;

/** The single entry point to the use cases: sends a request through its pipeline. */
public interface Mediator {

  /** Runs the request through its pipeline and its handler, and returns the handler's result. */
  <R> R send(Request<R> request);
}
