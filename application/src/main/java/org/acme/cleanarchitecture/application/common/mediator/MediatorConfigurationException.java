package org.acme.cleanarchitecture.application.common.mediator;

/**
 * The mediator cannot be wired: a request without a handler, two handlers for one request, two
 * behaviours in one position. Thrown while the mediator is built, so the service fails to start.
 */
public class MediatorConfigurationException extends RuntimeException {

  public MediatorConfigurationException(String message) {
    super(message);
  }
}
