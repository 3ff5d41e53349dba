package org.acme.cleanarchitecture.infrastructure.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.acme.cleanarchitecture.application.common.ports.RequestMetrics;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Request timings as the Micrometer timer {@code mediator.requests}, tagged with the request type
 * and outcome; any registry the service adds (Prometheus, OTLP...) exports them.
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
  public void record(String requestType, Duration elapsed, boolean succeeded) {
    Timer.builder("mediator.requests")
        .description("Requests handled by the mediator")
        .tag("request", requestType)
        .tag("outcome", succeeded ? "success" : "failure")
        .register(registry)
        .record(elapsed);
  }

  @Override
  public Duration slowRequestThreshold() {
    return slowRequestThreshold;
  }
}
