package org.acme.cleanarchitecture.infrastructure.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import org.acme.cleanarchitecture.application.common.ports.RequestMetrics;
import org.acme.cleanarchitecture.application.common.ports.RequestMetrics.Kind;
import org.acme.cleanarchitecture.application.common.ports.RequestMetrics.Outcome;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Request timings as the Micrometer timer {@code mediator.requests}, tagged with the request type,
 * its kind (command or query) and its outcome (success, validation, not_found, ..., error); any
 * registry the service adds (Prometheus, OTLP...) exports them.
 */
@ApplicationScoped
class MicrometerRequestMetrics implements RequestMetrics {

  private final MeterRegistry registry;
  private final Duration slowRequestThreshold;

  MicrometerRequestMetrics(
      MeterRegistry registry,
      @ConfigProperty(name = "app.mediator.slow-request-threshold") Duration slowRequestThreshold) {
    this.registry = registry;
    this.slowRequestThreshold = slowRequestThreshold;
  }

  @Override
  public void record(String requestType, Kind kind, Outcome outcome, Duration elapsed) {
    Timer.builder("mediator.requests")
        .description("Requests handled by the mediator")
        .tag("request", requestType)
        .tag("kind", kind.name().toLowerCase(Locale.ROOT))
        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
        .register(registry)
        .record(elapsed);
  }

  @Override
  public Duration slowRequestThreshold() {
    return slowRequestThreshold;
  }
}
