package org.acme.cleanarchitecture.application.common.ports;

import java.time.Duration;

/** Where request timings go: a metrics registry such as Micrometer, implemented outside. */
public interface RequestMetrics {

  /**
   * Records one handled request.
   *
   * @param requestType the request's simple class name, e.g. {@code CreateTodoListCommand}
   */
  void record(String requestType, Kind kind, Outcome outcome, Duration elapsed);

  /** How long a request may take before it is logged as slow. */
  Duration slowRequestThreshold();

  /** Whether a request changes data or only reads it. */
  enum Kind {
    COMMAND,
    QUERY
  }

  /**
   * How a request ended: answered, refused for one of the expected reasons, failed, or could not be
   * answered for the moment.
   */
  enum Outcome {
    SUCCESS,
    VALIDATION,
    UNAUTHORIZED,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    THROTTLED,
    /** Any other expected refusal. */
    REFUSED,
    /** An unexpected failure: a bug, or a part of the system that broke. */
    ERROR,
    /** The database could not be reached for a moment; the client may try again later. */
    UNAVAILABLE;

    /** The outcome of an expected failure that answers with this HTTP status. */
    public static Outcome ofRefusal(int status) {
      return switch (status) {
        case 400, 422 -> VALIDATION;
        case 401 -> UNAUTHORIZED;
        case 403 -> FORBIDDEN;
        case 404 -> NOT_FOUND;
        case 409, 412 -> CONFLICT;
        case 429 -> THROTTLED;
        case 503 -> UNAVAILABLE;
        default -> REFUSED;
      };
    }
  }
}
