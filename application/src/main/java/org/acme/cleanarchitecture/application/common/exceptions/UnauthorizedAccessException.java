package org.acme.cleanarchitecture.application.common.exceptions;

/** The request needs an authenticated caller and has none. */
public class UnauthorizedAccessException extends RuntimeException {

  public UnauthorizedAccessException() {
    super("Authentication is required.");
  }
}
