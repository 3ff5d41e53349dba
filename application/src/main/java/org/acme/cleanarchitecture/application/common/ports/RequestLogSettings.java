package org.acme.cleanarchitecture.application.common.ports;

/**
 * How the logging behaviour records each request, set by configuration outside. At high load the
 * line per request is the largest cost after the database, so it can be lowered or turned off.
 */
public interface RequestLogSettings {

  /** The level of the line logged as each request starts. */
  RequestLogLevel requestLevel();

  /** A level a request's line can be logged at, or none. */
  enum RequestLogLevel {
    INFO,
    DEBUG,
    OFF
  }
}
