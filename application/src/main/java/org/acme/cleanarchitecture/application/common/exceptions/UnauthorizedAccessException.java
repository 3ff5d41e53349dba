package org.acme.cleanarchitecture.application.common.exceptions;

/** The request needs an authenticated caller and has none. */
public class UnauthorizedAccessException extends ExpectedFailure {

  public UnauthorizedAccessException() {
    this("Authentication is required.");
  }

  /** A refusal with its own reason, such as credentials that do not match. */
  public UnauthorizedAccessException(String message) {
    super(401, message);
  }
}
