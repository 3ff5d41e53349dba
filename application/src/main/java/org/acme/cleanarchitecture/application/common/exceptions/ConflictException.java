package org.acme.cleanarchitecture.application.common.exceptions;

/**
 * The change clashes with data stored in the meantime: another request saved the same unique value
 * or changed the same aggregate first. Retrying with fresh data may succeed.
 */
public class ConflictException extends ExpectedFailure {

  public ConflictException(String message, Throwable cause) {
    super(409, message, cause);
  }
}
