package org.acme.cleanarchitecture.application.common.exceptions;

/**
 * The caller made its change conditional on the version it last read ({@code If-Match}), and the
 * stored entity has moved on since: nothing was changed, and the caller should reload it and decide
 * again. A race the database detects without such a condition is a {@link ConflictException}.
 */
public class PreconditionFailedException extends ExpectedFailure {

  public PreconditionFailedException(String message) {
    super(412, message);
  }

  public PreconditionFailedException(String message, Throwable cause) {
    super(412, message, cause);
  }
}
