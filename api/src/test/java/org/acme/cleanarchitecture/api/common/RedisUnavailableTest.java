package org.acme.cleanarchitecture.api.common;

import static io.restassured.RestAssured.given;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.acme.cleanarchitecture.api.testsupport.OwnServers;
import org.junit.jupiter.api.Test;

/**
 * With Redis unreachable the service keeps answering: requests go unlimited, counted in the metric
 * {@code redis.unavailable}; readiness reports Redis down while liveness stays up, so an
 * orchestrator stops routing new traffic here without restarting a service that still works.
 */
@QuarkusTest
// The Redis of RedisOutageTest, which these tests never start, so every connection is refused; the
// same profile lets both share one start of the service.
@TestProfile(OwnServers.class)
class RedisUnavailableTest {

  private static final String REDIS_CHECK = "Redis connection health check";

  @Test
  void shouldAnswerUsersAndAnonymousCallersWithoutLimits() {
    ADA.request()
        .get("/api/weather-forecasts")
        .then()
        .statusCode(200)
        .header("RateLimit-Limit", nullValue());
    given()
        .get("/api/weather-forecasts")
        .then()
        .statusCode(401)
        .header("RateLimit-Limit", nullValue());
  }

  @Test
  void shouldCountEveryRequestThatWentUnlimited() {
    var before = requestsThatWentUnlimited();

    ADA.request().get("/api/weather-forecasts").then().statusCode(200);
    ADA.request().get("/api/weather-forecasts").then().statusCode(200);

    assertThat(requestsThatWentUnlimited()).isEqualTo(before + 2);
  }

  @Test
  void shouldReportRedisDownInReadiness() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(503)
        .body("status", equalTo("DOWN"))
        .body("checks.find { it.name == '" + REDIS_CHECK + "' }.status", equalTo("DOWN"));
  }

  @Test
  void shouldStayAlive() {
    given()
        .get("/q/health/live")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", not(hasItem(REDIS_CHECK)));
  }

  /** The Prometheus counter of requests the rate limit let through without Redis. */
  private static double requestsThatWentUnlimited() {
    return given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .extract()
        .asString()
        .lines()
        .filter(
            line ->
                line.startsWith("redis_unavailable_total{") && line.contains("use=\"rate_limit\""))
        .mapToDouble(RedisUnavailableTest::sampleValue)
        .findFirst()
        .orElseThrow();
  }

  /**
   * The value of a sample line, {@code name{labels} value}, also when an exemplar follows it
   * ({@code # {trace_id="...",span_id="..."} value timestamp}), as in the OpenMetrics format that
   * scrapers may ask for now that requests are traced.
   */
  private static double sampleValue(String line) {
    var sample = line.split(" # ", 2)[0];
    return Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
  }
}
