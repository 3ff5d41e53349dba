package org.acme.cleanarchitecture.application.common.exceptions;

/** The request needs an authenticated caller and has none. */
public class UnauthorizedAccessException extends ExpectedFailure {

  public UnauthorizedAccessException() {
    super(401, "Authentication is required.");
  }
}
