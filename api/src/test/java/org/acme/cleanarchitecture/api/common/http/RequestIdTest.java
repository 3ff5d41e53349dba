package org.acme.cleanarchitecture.api.common.http;

import static io.restassured.RestAssured.given;
import static org.acme.cleanarchitecture.api.common.http.RequestSizeLimitTest.WAIT_FOR_CONTINUE;
import static org.acme.cleanarchitecture.api.common.http.RequestSizeLimitTest.newAccountOfSize;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADA;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.acme.cleanarchitecture.api.testsupport.CapturedLog;
import org.acme.cleanarchitecture.api.testsupport.FailingEndpoints;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every answer carries the request's {@code X-Request-Id}: the caller's when it is short and safe,
 * a new one otherwise; and every line logged while handling the request holds the same id.
 */
@QuarkusTest
class RequestIdTest {

  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  private final TestDatabase database;

  RequestIdTest(TestDatabase database) {
    this.database = database;
  }

  @BeforeEach
  void startEmpty() {
    database.reset();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"b7e2c1d0-4f5a-4e8b-9c3d-2a1f0e9d8c7b", "gw.42_A-z", "x"})
  void shouldEchoShortSafeRequestId(String offered) {
    var answer = ADA.request().header(RequestIds.HEADER, offered).get("/api/weather-forecasts");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.header(RequestIds.HEADER)).isEqualTo(offered);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"with space", "line\tbreak", "quote\"d", "a/b", "é", ""})
  void shouldReplaceUnsafeRequestId(String offered) {
    var answer = ADA.request().header(RequestIds.HEADER, offered).get("/api/weather-forecasts");

    assertThat(answer.header(RequestIds.HEADER)).matches(UUID);
  }

  @Test
  void shouldReplaceOverlongRequestId() {
    var answer =
        ADA.request().header(RequestIds.HEADER, "a".repeat(65)).get("/api/weather-forecasts");

    assertThat(answer.header(RequestIds.HEADER)).matches(UUID);
  }

  @Test
  void shouldGenerateRequestIdWhenAbsent() {
    var first = ADA.request().get("/api/weather-forecasts").header(RequestIds.HEADER);
    var second = ADA.request().get("/api/weather-forecasts").header(RequestIds.HEADER);

    assertThat(first).matches(UUID);
    assertThat(second).matches(UUID).isNotEqualTo(first);
  }

  @Test
  void shouldEchoRequestIdOnRefusals() {
    var unauthenticated =
        given().header(RequestIds.HEADER, "refused-401").get("/api/weather-forecasts");
    var notFound = ADA.request().header(RequestIds.HEADER, "refused-404").get("/api/no-such-thing");
    var tooLarge =
        ADA.request()
            .config(WAIT_FOR_CONTINUE)
            .header(RequestIds.HEADER, "refused-413")
            .body(newAccountOfSize(2_000_000))
            .post(RequestSizeLimitTest.REGISTER);

    assertRefusal(unauthenticated, 401, "refused-401");
    assertRefusal(notFound, 404, "refused-404");
    assertRefusal(tooLarge, 413, "refused-413");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {FailingEndpoints.RESOURCE_FAULT, FailingEndpoints.ROUTE_FAULT})
  void shouldAnswerUnexpectedFailureWithRequestIdAsCorrelationId(String path) {
    var answer = given().header(RequestIds.HEADER, "failed-500").get(path);

    assertThat(answer.statusCode()).isEqualTo(500);
    assertThat(answer.header(RequestIds.HEADER)).isEqualTo("failed-500");
    assertThat(answer.<String>path("correlationId")).isEqualTo("failed-500");
  }

  @Test
  void shouldPutRequestIdInEveryLogLineOfTheRequest() {
    try (var log = CapturedLog.start()) {
      ADA.request().header(RequestIds.HEADER, "logged-1").get("/api/weather-forecasts");
      given().header(RequestIds.HEADER, "logged-2").get(FailingEndpoints.RESOURCE_FAULT);

      assertThat(log.lines())
          .anySatisfy(
              line ->
                  assertThat(line)
                      .contains("requestId=logged-1", "Request GetWeatherForecastsQuery"))
          .anySatisfy(
              line ->
                  assertThat(line).contains("requestId=logged-2", "ERROR", "Unexpected failure of"))
          .filteredOn(line -> line.contains("LoggingBehaviour"))
          .allSatisfy(line -> assertThat(line).containsPattern("requestId=[A-Za-z0-9._-]+"));
    }
  }

  private static void assertRefusal(Response answer, int status, String requestId) {
    assertThat(answer.statusCode()).isEqualTo(status);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
    assertThat(answer.header(RequestIds.HEADER)).isEqualTo(requestId);
  }
}
