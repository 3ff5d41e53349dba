package org.acme.cleanarchitecture.application.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.acme.cleanarchitecture.application.common.ports.RequestMetrics;
import org.acme.cleanarchitecture.application.common.ports.RequestMetrics.Kind;
import org.acme.cleanarchitecture.application.common.ports.RequestMetrics.Outcome;

/** Request metrics that keep every measurement, so a test can read them back. */
public final class RecordingRequestMetrics implements RequestMetrics {

  /** One recorded request. */
  public record Measurement(String requestType, Kind kind, Outcome outcome, Duration elapsed) {}

  private final Duration slowRequestThreshold;
  private final List<Measurement> measurements = new ArrayList<>();

  public RecordingRequestMetrics(Duration slowRequestThreshold) {
    this.slowRequestThreshold = slowRequestThreshold;
  }

  @Override
  public void record(String requestType, Kind kind, Outcome outcome, Duration elapsed) {
    measurements.add(new Measurement(requestType, kind, outcome, elapsed));
  }

  @Override
  public Duration slowRequestThreshold() {
    return slowRequestThreshold;
  }

  public List<Measurement> measurements() {
    return List.copyOf(measurements);
  }
}
