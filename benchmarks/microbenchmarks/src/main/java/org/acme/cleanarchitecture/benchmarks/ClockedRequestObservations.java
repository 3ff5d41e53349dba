package org.acme.cleanarchitecture.benchmarks;

import java.time.Duration;
import org.acme.cleanarchitecture.application.common.ports.RequestObservations;

/**
 * Times each request as the service's adapter does, but reports it nowhere: the benchmarks measure
 * the pipeline, not a metrics library. The application's recording fake keeps every observation,
 * which would grow without end in a benchmark.
 */
final class ClockedRequestObservations implements RequestObservations {

  @Override
  public Observation start(String requestType, Kind kind) {
    var startedAt = System.nanoTime();
    return outcome -> Duration.ofNanos(System.nanoTime() - startedAt);
  }

  @Override
  public Duration slowRequestThreshold() {
    return Duration.ofMillis(500);
  }
}
