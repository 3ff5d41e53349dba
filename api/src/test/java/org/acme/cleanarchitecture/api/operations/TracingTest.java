package org.acme.cleanarchitecture.api.operations;

import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADA;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import org.acme.cleanarchitecture.api.testsupport.RecordedSpans;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a trace of one HTTP request holds: the server span and, nested under it in the same trace,
 * the span of the mediator request it sent, named after the request type, with its kind and
 * outcome.
 */
@QuarkusTest
class TracingTest {

  private static final AttributeKey<String> REQUEST = AttributeKey.stringKey("mediator.request");
  private static final AttributeKey<String> KIND = AttributeKey.stringKey("mediator.kind");
  private static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("mediator.outcome");
  private static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");

  private final TestDatabase database;
  private final RecordedSpans spans;

  TracingTest(TestDatabase database, RecordedSpans spans) {
    this.database = database;
    this.spans = spans;
  }

  @BeforeEach
  void startEmpty() {
    database.reset();
    spans.clear();
  }

  @Test
  void shouldTraceTheMediatorRequestUnderTheHttpServerSpan() {
    ADA.request().get("/api/weather-forecasts").then().statusCode(200);

    var request = mediatorSpan("GetWeatherForecastsQuery");
    var server =
        spans.await(
            "of the server, parent of the mediator's",
            span ->
                span.getKind() == SpanKind.SERVER
                    && span.getSpanId().equals(request.getParentSpanId()));

    assertThat(server.getAttributes().get(ROUTE)).isEqualTo("/api/weather-forecasts");
    assertThat(request.getTraceId()).isEqualTo(server.getTraceId());
    assertThat(request.getAttributes().get(REQUEST)).isEqualTo("GetWeatherForecastsQuery");
    assertThat(request.getAttributes().get(KIND)).isEqualTo("query");
    assertThat(request.getAttributes().get(OUTCOME)).isEqualTo("success");
  }

  @Test
  void shouldGiveTheMediatorSpanTheOutcomeOfARefusedRequest() {
    ADA.request().queryParam("days", 0).get("/api/weather-forecasts").then().statusCode(400);

    var request = mediatorSpan("GetWeatherForecastsQuery");

    assertThat(request.getAttributes().get(KIND)).isEqualTo("query");
    assertThat(request.getAttributes().get(OUTCOME)).isEqualTo("validation");
  }

  @Test
  void shouldContinueTheTraceOfACallerThatSendsOne() {
    var callersTrace = "4bf92f3577b34da6a3ce929d0e0e4736";

    ADA.request()
        .header("traceparent", "00-" + callersTrace + "-00f067aa0ba902b7-01")
        .get("/api/weather-forecasts")
        .then()
        .statusCode(200);

    assertThat(mediatorSpan("GetWeatherForecastsQuery").getTraceId()).isEqualTo(callersTrace);
  }

  private SpanData mediatorSpan(String requestType) {
    return spans.await("named " + requestType, span -> span.getName().equals(requestType));
  }
}
