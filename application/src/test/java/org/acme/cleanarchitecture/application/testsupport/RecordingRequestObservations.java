package org.acme.cleanarchitecture.application.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.acme.cleanarchitecture.application.common.ports.RequestObservations;

/** Request observations that keep what they saw, so a test can read it back. */
public final class RecordingRequestObservations implements RequestObservations {

  /** One request observed from start to end. */
  public record Observed(String requestType, Kind kind, Outcome outcome, Duration elapsed) {}

  private final Duration slowRequestThreshold;
  private final List<String> started = new ArrayList<>();
  private final List<Observed> ended = new ArrayList<>();

  public RecordingRequestObservations(Duration slowRequestThreshold) {
    this.slowRequestThreshold = slowRequestThreshold;
  }

  @Override
  public Observation start(String requestType, Kind kind) {
    started.add(requestType);
    var startedAt = System.nanoTime();
    return outcome -> {
      var elapsed = Duration.ofNanos(System.nanoTime() - startedAt);
      ended.add(new Observed(requestType, kind, outcome, elapsed));
      return elapsed;
    };
  }

  @Override
  public Duration slowRequestThreshold() {
    return slowRequestThreshold;
  }

  /** The request types whose observation started, ended or not. */
  public List<String> started() {
    return List.copyOf(started);
  }

  /** The observations that ended. */
  public List<Observed> observations() {
    return List.copyOf(ended);
  }
}
