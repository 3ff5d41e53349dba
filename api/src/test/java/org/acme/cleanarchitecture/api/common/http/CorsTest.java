package org.acme.cleanarchitecture.api.common.http;

import static io.restassured.RestAssured.given;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Browsers may call the API from the origins configured in CORS_ORIGINS and from its own, and from
 * no other, which is refused with problem details like any other refusal; the tests' configuration
 * names one origin.
 */
@QuarkusTest
class CorsTest {

  private static final String ALLOWED_ORIGIN = "https://app.example.org";
  private static final String OTHER_ORIGIN = "https://elsewhere.example.com";

  @TestHTTPResource("/")
  URL service;

  @Test
  void shouldAllowPreflightFromConfiguredOrigin() {
    preflightFrom(ALLOWED_ORIGIN)
        .options("/api/weather-forecasts")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", ALLOWED_ORIGIN);
  }

  @Test
  void shouldAllowRequestFromConfiguredOrigin() {
    ADA.request()
        .header("Origin", ALLOWED_ORIGIN)
        .get("/api/weather-forecasts")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", ALLOWED_ORIGIN);
  }

  @Test
  void shouldLetBrowserScriptsReadTheHeadersThatCarryAnswers() {
    var exposed =
        ADA.request()
            .header("Origin", ALLOWED_ORIGIN)
            .get("/api/weather-forecasts")
            .then()
            .statusCode(200)
            .extract()
            .header("Access-Control-Expose-Headers");

    assertThat(exposed.split(","))
        .extracting(String::strip)
        .contains(
            "Location",
            "ETag",
            "Retry-After",
            "RateLimit-Limit",
            "RateLimit-Remaining",
            "RateLimit-Reset");
  }

  @Test
  void shouldAllowRequestFromTheServicesOwnOrigin() {
    ADA.request()
        .header("Origin", ownOrigin())
        .get("/api/weather-forecasts")
        .then()
        .statusCode(200);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {OTHER_ORIGIN, "https://app.example.org.elsewhere.example.com", "null"})
  void shouldRefusePreflightFromAnyOtherOriginWithProblemDetails(String origin) {
    assertRefused(preflightFrom(origin).options("/api/weather-forecasts").then());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {OTHER_ORIGIN, "https://%s", "not an origin"})
  void shouldRefuseRequestFromAnyOtherOriginWithProblemDetails(String origin) {
    assertRefused(ADA.request().header("Origin", origin).get("/api/weather-forecasts").then());
  }

  private static void assertRefused(ValidatableResponse response) {
    response
        .statusCode(403)
        .contentType("application/problem+json")
        .header("Access-Control-Allow-Origin", nullValue())
        .header("X-Content-Type-Options", "nosniff")
        .body("status", equalTo(403))
        .body("detail", equalTo("Browsers may not call the API from this origin."));
  }

  /** The scheme, host and port the tests call the service at. */
  private String ownOrigin() {
    return service.getProtocol() + "://" + service.getAuthority();
  }

  /** What a browser asks before sending an authenticated JSON request across origins. */
  private static RequestSpecification preflightFrom(String origin) {
    return given()
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization,content-type");
  }
}
