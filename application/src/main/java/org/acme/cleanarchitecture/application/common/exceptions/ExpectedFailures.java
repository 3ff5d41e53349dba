package org.acme.cleanarchitecture.application.common.exceptions;

import org.acme.cleanarchitecture.domain.common.DomainException;

/**
 * Failures that are a normal answer to a request (bad input, someone else's data, a lost race)
 * rather than a fault of the service. They are logged as information, never as errors.
 */
public final class ExpectedFailures {

  private ExpectedFailures() {}

  public static boolean isExpected(Throwable failure) {
    return failure instanceof ValidationException
        || failure instanceof NotFoundException
        || failure instanceof UnauthorizedAccessException
        || failure instanceof ForbiddenAccessException
        || failure instanceof ConflictException
        || failure instanceof DomainException;
  }
}
