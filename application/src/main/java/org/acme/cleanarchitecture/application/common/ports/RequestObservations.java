package org.acme.cleanarchitecture.application.common.ports;

import java.time.Duration;

/**
 * Where the mediator reports each request it handles, from start to end: timed into metrics and
 * traced as a span, by adapters outside the application. One port for both, so the pipeline
 * measures a request once and every view of it agrees on its name, kind and outcome.
 */
public interface RequestObservations {

  /**
   * Starts observing one request; the caller ends what it starts, whatever happens.
   *
   * @param requestType the request's simple class name, e.g. {@code GetWeatherForecastsQuery}
   */
  Observation start(String requestType, Kind kind);

  /** How long a request may take before it is logged as slow. */
  Duration slowRequestThreshold();

  /** One request under observation. */
  @FunctionalInterface
  interface Observation {

    /** Ends the observation with how the request ended, and answers how long it took. */
    Duration end(Outcome outcome);
  }

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
