package org.acme.cleanarchitecture.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.acme.cleanarchitecture.application.common.ports.Outages;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Recognises PostgreSQL out of reach in the chain of a failure, however Hibernate, Narayana or
 * Agroal wrapped it: a connection refused, lost or timed out (SQLState class 08), a server shutting
 * down or starting up (57P01, 57P02, 57P03), or no connection from the pool in time.
 */
@ApplicationScoped
class DatabaseOutages implements Outages {

  private static final String CONNECTION_EXCEPTION_CLASS = "08";
  private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

  /**
   * Agroal gives its acquisition timeouts no SQLState, only messages that say so: one when no
   * pooled connection came free in time, another when a new one could not be opened in time.
   */
  private static final String ACQUISITION_TIMEOUT = "acquisition timeout";

  private final Duration retryAfter;

  DatabaseOutages(
      @ConfigProperty(name = "app.database.outage-retry-after", defaultValue = "5s")
          Duration retryAfter) {
    this.retryAfter = retryAfter;
  }

  @Override
  public Optional<Duration> retryAfter(Throwable failure) {
    return isOutage(failure) ? Optional.of(retryAfter) : Optional.empty();
  }

  private static boolean isOutage(Throwable failure) {
    for (var cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof JDBCConnectionException
          || cause instanceof SQLException sql && isOutage(sql)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOutage(SQLException failure) {
    var state = failure.getSQLState();
    if (state == null) {
      var message = failure.getMessage();
      return message != null && message.toLowerCase(Locale.ROOT).contains(ACQUISITION_TIMEOUT);
    }
    return state.startsWith(CONNECTION_EXCEPTION_CLASS) || SERVER_GOING_AWAY.contains(state);
  }
}
