package org.acme.cleanarchitecture.application.common.exceptions;

import java.time.Duration;
import java.util.Optional;

/**
 * A failure that is a normal answer to a request (bad input, missing data, no access, a lost race,
 * a database out of reach for a moment) rather than a fault of the service: it is logged as
 * information, never as an error, and its message is written for the client. Each kind carries the
 * status that answers it, so a new kind of expected failure is one subclass, and nothing else asks
 * which kind it is.
 */
public abstract class ExpectedFailure extends RuntimeException {

  private final int status;
  private final Duration retryAfter;

  protected ExpectedFailure(int status, String message) {
    this(status, message, null, null);
  }

  protected ExpectedFailure(int status, String message, Throwable cause) {
    this(status, message, null, cause);
  }

  /** A refusal that tells the caller how long to wait before the same request may succeed. */
  protected ExpectedFailure(int status, String message, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.retryAfter = retryAfter;
  }

  /**
   * The HTTP status code that answers this failure (RFC 9110): the shared vocabulary any entry
   * point can translate from, such as 404 for not found.
   */
  public int status() {
    return status;
  }

  /** How long the caller should wait before trying again, if this failure says. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
