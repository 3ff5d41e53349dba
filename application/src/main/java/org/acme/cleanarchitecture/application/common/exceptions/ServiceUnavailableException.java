package org.acme.cleanarchitecture.application.common.exceptions;

import java.time.Duration;

/**
 * The database cannot be reached for the moment: it is restarting, or a connection to it died while
 * the request used it. Nothing is wrong with the request, and the same request sent again after
 * {@link #retryAfter()} may well succeed.
 */
public class ServiceUnavailableException extends ExpectedFailure {

  public ServiceUnavailableException(Duration retryAfter, Throwable cause) {
    super(
        503,
        "The database cannot be reached at the moment; try again after the time in Retry-After.",
        retryAfter,
        cause);
  }
}
