package org.acme.cleanarchitecture.application.common.exceptions;

/**
 * A failure that is a normal answer to a request (bad input, missing data, no access, a lost race,
 * a database out of reach for a moment) rather than a fault of the service: it is logged as
 * information, never as an error, and its message is written for the client. Each kind carries the
 * status that answers it, so a new kind of expected failure is one subclass, and nothing else asks
 * which kind it is.
 */
public abstract class ExpectedFailure extends RuntimeException {

  private final int status;

  protected ExpectedFailure(int status, String message) {
    super(message);
    this.status = status;
  }

  protected ExpectedFailure(int status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /**
   * The HTTP status code that answers this failure (RFC 9110): the shared vocabulary any entry
   * point can translate from, such as 404 for not found.
   */
  public int status() {
    return status;
  }
}
