package org.acme.cleanarchitecture.application.common.exceptions;

/**
 * The service requires every change to name the version it is based on, and this one named none:
 * without it, the change could overwrite another one unseen.
 */
public class PreconditionRequiredException extends ExpectedFailure {

  public PreconditionRequiredException(String message) {
    super(428, message);
  }
}
