package org.acme.cleanarchitecture.application.common.exceptions;

import java.time.Duration;

/** The caller has sent too many requests of this kind and must wait before the next one. */
public class TooManyRequestsException extends ExpectedFailure {

  public TooManyRequestsException(String message, Duration retryAfter) {
    super(429, message, retryAfter, null);
  }
}
