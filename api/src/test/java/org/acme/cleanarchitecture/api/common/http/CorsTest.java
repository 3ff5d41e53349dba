package org.acme.cleanarchitecture.api.common.http;

import static io.restassured.RestAssured.given;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADA;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * Browsers may call the API from the origins configured in CORS_ORIGINS and from no other; the
 * tests' configuration names one.
 */
@QuarkusTest
class CorsTest {

  private static final String ALLOWED_ORIGIN = "https://app.example.org";
  private static final String OTHER_ORIGIN = "https://elsewhere.example.com";

  @Test
  void shouldAllowPreflightFromConfiguredOrigin() {
    preflightFrom(ALLOWED_ORIGIN)
        .options("/api/todo-lists")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", ALLOWED_ORIGIN);
  }

  @Test
  void shouldAllowRequestFromConfiguredOrigin() {
    ADA.request()
        .header("Origin", ALLOWED_ORIGIN)
        .get("/api/todo-lists")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", ALLOWED_ORIGIN);
  }

  @Test
  void shouldRefusePreflightFromAnyOtherOrigin() {
    preflightFrom(OTHER_ORIGIN)
        .options("/api/todo-lists")
        .then()
        .statusCode(403)
        .header("Access-Control-Allow-Origin", nullValue());
  }

  @Test
  void shouldRefuseRequestFromAnyOtherOrigin() {
    ADA.request()
        .header("Origin", OTHER_ORIGIN)
        .get("/api/todo-lists")
        .then()
        .statusCode(403)
        .header("Access-Control-Allow-Origin", nullValue());
  }

  /** What a browser asks before sending an authenticated JSON request across origins. */
  private static RequestSpecification preflightFrom(String origin) {
    return given()
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization,content-type");
  }
}
