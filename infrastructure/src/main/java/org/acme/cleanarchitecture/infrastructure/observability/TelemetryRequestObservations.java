package org.acme.cleanarchitecture.infrastructure.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import org.acme.cleanarchitecture.application.common.ports.RequestObservations;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Observes each mediator request twice over, with the same names: as the Micrometer timer {@code
 * mediator.requests}, tagged with the request type, its kind (command or query) and its outcome
 * (success, validation, not_found, ..., error), which any registry the service adds exports; and as
 * an OpenTelemetry span named after the request type, a child of the span current when it starts
 * (the HTTP server span), with the attributes {@code mediator.request}, {@code mediator.kind} and
 * {@code mediator.outcome}. The span is current while the request runs, so the spans of its Redis
 * calls nest under it, and its log lines carry its span id.
 */
@ApplicationScoped
class TelemetryRequestObservations implements RequestObservations {

  static final AttributeKey<String> REQUEST = AttributeKey.stringKey("mediator.request");
  static final AttributeKey<String> KIND = AttributeKey.stringKey("mediator.kind");
  static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("mediator.outcome");

  private final MeterRegistry registry;
  private final Tracer tracer;
  private final Duration slowRequestThreshold;

  TelemetryRequestObservations(
      MeterRegistry registry,
      Tracer tracer,
      @ConfigProperty(name = "app.mediator.slow-request-threshold") Duration slowRequestThreshold) {
    this.registry = registry;
    this.tracer = tracer;
    this.slowRequestThreshold = slowRequestThreshold;
  }

  @Override
  public Observation start(String requestType, Kind kind) {
    var kindName = lowerCase(kind);
    var span =
        tracer
            .spanBuilder(requestType)
            .setAttribute(REQUEST, requestType)
            .setAttribute(KIND, kindName)
            .startSpan();
    var scope = span.makeCurrent();
    var sample = Timer.start(registry);
    return outcome -> {
      var outcomeName = lowerCase(outcome);
      var elapsed =
          sample.stop(
              Timer.builder("mediator.requests")
                  .description("Requests handled by the mediator")
                  .tag("request", requestType)
                  .tag("kind", kindName)
                  .tag("outcome", outcomeName)
                  .register(registry));
      span.setAttribute(OUTCOME, outcomeName);
      // Expected refusals (invalid, not found, ...) are answers, not failures of the service.
      if (outcome == Outcome.ERROR) {
        span.setStatus(StatusCode.ERROR);
      }
      scope.close();
      span.end();
      return Duration.ofNanos(elapsed);
    };
  }

  @Override
  public Duration slowRequestThreshold() {
    return slowRequestThreshold;
  }

  private static String lowerCase(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
