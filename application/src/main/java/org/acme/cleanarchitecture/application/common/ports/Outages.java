package org.acme.cleanarchitecture.application.common.ports;

import java.time.Duration;
import java.util.Optional;

/**
 * Tells an outage of the database (it cannot be reached, or a connection to it died) from any other
 * failure. An outage passes, so the client is asked to try again later; any other failure is a
 * fault to fix. Only the adapter knows how its driver reports an outage.
 */
public interface Outages {

  /**
   * How long a client should wait before sending the request again, if the failure is an outage;
   * empty if it is not one.
   */
  Optional<Duration> retryAfter(Throwable failure);
}
