package org.acme.cleanarchitecture.application.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.acme.cleanarchitecture.application.common.ports.RequestMetrics;

/** Request metrics that keep every measurement, so a test can read them back. */
public final class RecordingRequestMetrics implements RequestMetrics {

  /** One recorded request. */
  public record Measurement(String requestType, Duration elapsed, boolean succeeded) {}

  private final Duration slowRequestThreshold;
  private final List<Measurement> measurements = new ArrayList<>();

  public RecordingRequestMetrics(Duration slowRequestThreshold) {
    this.slowRequestThreshold = slowRequestThreshold;
  }

  @Override
  public void record(String requestType, Duration elapsed, boolean succeeded) {
    measurements.add(new Measurement(requestType, elapsed, succeeded));
  }

  @Override
  public Duration slowRequestThreshold() {
    return slowRequestThreshold;
  }

  public List<Measurement> measurements() {
    return List.copyOf(measurements);
  }
}
