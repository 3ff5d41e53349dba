package org.acme.cleanarchitecture.infrastructure.observability;

import static org.acme.cleanarchitecture.infrastructure.observability.TelemetryRequestObservations.KIND;
import static org.acme.cleanarchitecture.infrastructure.observability.TelemetryRequestObservations.OUTCOME;
import static org.acme.cleanarchitecture.infrastructure.observability.TelemetryRequestObservations.REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.acme.cleanarchitecture.application.common.ports.RequestObservations.Kind;
import org.acme.cleanarchitecture.application.common.ports.RequestObservations.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One mediator request, seen as a Micrometer timer and as an OpenTelemetry span. */
class TelemetryRequestObservationsTest {

  private final MockClock clock = new MockClock();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final SdkTracerProvider tracing =
      SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build();
  private final TelemetryRequestObservations observations =
      new TelemetryRequestObservations(registry, tracing.get("test"), Duration.ofMillis(500));

  @AfterEach
  void shutDown() {
    tracing.close();
    registry.close();
  }

  @Test
  void shouldTimeTheRequestByTypeKindAndOutcomeAndAnswerHowLongItTook() {
    var observation = observations.start("GetCurrentUserQuery", Kind.QUERY);
    clock.add(Duration.ofMillis(1234));

    var elapsed = observation.end(Outcome.NOT_FOUND);

    assertThat(elapsed).isEqualTo(Duration.ofMillis(1234));
    var timer =
        registry
            .get("mediator.requests")
            .tags("request", "GetCurrentUserQuery", "kind", "query", "outcome", "not_found")
            .timer();
    assertThat(timer.count()).isEqualTo(1);
    assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(1234);
  }

  @Test
  void shouldTraceTheRequestAsASpanNamedAfterItsTypeUnderTheCurrentSpan() {
    var server = tracing.get("test").spanBuilder("POST /api/users/register").startSpan();
    try (var ignored = server.makeCurrent()) {
      observations.start("RegisterUserCommand", Kind.COMMAND).end(Outcome.SUCCESS);
    } finally {
      server.end();
    }

    var request = spanNamed("RegisterUserCommand");
    assertThat(request.getTraceId()).isEqualTo(server.getSpanContext().getTraceId());
    assertThat(request.getParentSpanId()).isEqualTo(server.getSpanContext().getSpanId());
    assertThat(request.getAttributes().get(REQUEST)).isEqualTo("RegisterUserCommand");
    assertThat(request.getAttributes().get(KIND)).isEqualTo("command");
    assertThat(request.getAttributes().get(OUTCOME)).isEqualTo("success");
    assertThat(request.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
  }

  @Test
  void shouldMakeTheRequestsSpanCurrentUntilItEnds() {
    var observation = observations.start("GetWeatherForecastsQuery", Kind.QUERY);
    var currentWhileRunning = Span.current().getSpanContext();
    observation.end(Outcome.SUCCESS);

    assertThat(currentWhileRunning.getSpanId())
        .isEqualTo(spanNamed("GetWeatherForecastsQuery").getSpanId());
    assertThat(Span.current().getSpanContext().isValid()).isFalse();
  }

  @Test
  void shouldMarkTheSpanOfAnUnexpectedFailureAsAnError() {
    observations.start("GetWeatherForecastsQuery", Kind.QUERY).end(Outcome.ERROR);

    var request = spanNamed("GetWeatherForecastsQuery");
    assertThat(request.getAttributes().get(OUTCOME)).isEqualTo("error");
    assertThat(request.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
  }

  @Test
  void shouldLeaveTheSpanOfAnExpectedRefusalUnmarked() {
    observations.start("GetCurrentUserQuery", Kind.QUERY).end(Outcome.FORBIDDEN);

    assertThat(spanNamed("GetCurrentUserQuery").getStatus().getStatusCode())
        .isEqualTo(StatusCode.UNSET);
  }

  private SpanData spanNamed(String name) {
    return spans.getFinishedSpanItems().stream()
        .filter(span -> span.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no span named " + name));
  }
}
