package org.acme.cleanarchitecture.api.weatherforecasts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.acme.cleanarchitecture.api.testsupport.TestClock;
import org.acme.cleanarchitecture.api.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class WeatherForecastsResourceTest {

  private static final String[] SUMMARIES = {
    "Freezing",
    "Bracing",
    "Chilly",
    "Cool",
    "Mild",
    "Warm",
    "Balmy",
    "Hot",
    "Sweltering",
    "Scorching"
  };

  @Inject TestClock clock;

  @BeforeEach
  void setToday() {
    clock.setNow(Instant.parse("2026-06-30T12:00:00Z"));
  }

  @Test
  void shouldForecastTheNextFiveDaysByDefault() {
    TestUsers.ADA
        .request()
        .get("/api/weather-forecasts")
        .then()
        .statusCode(200)
        .body(
            "date", contains("2026-07-01", "2026-07-02", "2026-07-03", "2026-07-04", "2026-07-05"))
        .body("temperatureC", everyItem(both(greaterThanOrEqualTo(-20)).and(lessThanOrEqualTo(54))))
        .body("summary", everyItem(oneOf(SUMMARIES)));
  }

  @Test
  void shouldForecastTheDaysAskedFor() {
    TestUsers.ADA
        .request()
        .queryParam("days", 14)
        .get("/api/weather-forecasts")
        .then()
        .statusCode(200)
        .body("$", hasSize(14))
        .body("[13].date", equalTo("2026-07-14"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "15"})
  void shouldRefuseDaysOutsideOneToFourteen(String days) {
    TestUsers.ADA
        .request()
        .queryParam("days", days)
        .get("/api/weather-forecasts")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.days", contains("The number of days must be between 1 and 14."));
  }

  @Test
  void shouldRefuseDaysThatAreNoWholeNumber() {
    TestUsers.ADA
        .request()
        .queryParam("days", "abc")
        .get("/api/weather-forecasts")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.days", hasSize(1));
  }

  @Test
  void shouldDenyAnonymousCaller() {
    given()
        .get("/api/weather-forecasts")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }
}
