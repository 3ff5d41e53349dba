package org.acme.cleanarchitecture.application.common.exceptions;

/**
 * The change clashes with data stored in the meantime: another request saved the same unique value
 * or changed the same aggregate first, and retrying with fresh data may succeed; or the same
 * command sent earlier with the same idempotency key is still running, and retrying later gets its
 * answer.
 */
public class ConflictException extends ExpectedFailure {

  public ConflictException(String message) {
    super(409, message);
  }

  public ConflictException(String message, Throwable cause) {
    super(409, message, cause);
  }
}
