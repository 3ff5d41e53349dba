package org.acme.cleanarchitecture.api.common.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.acme.cleanarchitecture.api.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every response tells browsers not to guess its type, frame it, or pass its address on, and says
 * nothing of the software behind it. API responses also forbid loading anything at all; only the
 * pages that run scripts, Swagger UI and Dev UI, go without that.
 */
@QuarkusTest
class SecurityHeadersTest {

  private static final String NOTHING_MAY_LOAD = "default-src 'none'; frame-ancestors 'none'";

  @ParameterizedTest(name = "{0} {1}: {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          GET  | /api/weather-forecasts        | ADA | 200
          GET  | /api/weather-forecasts        |     | 401
          GET  | /api/weather-forecasts?days=0 | ADA | 400
          GET  | /nope                         |     | 404
          GET  | /q/health                     |     | 200
          GET  | /q/openapi                    |     | 200
          """)
  void shouldProtectEveryResponse(String method, String path, TestUsers caller, int status) {
    var request = caller == null ? given() : given().auth().oauth2(caller.token());

    var response = request.request(method, path).then().statusCode(status);

    assertProtected(response).header("Content-Security-Policy", NOTHING_MAY_LOAD);
  }

  @Test
  void shouldProtectTheRefusalOfABodyOverTheSizeLimit() {
    var response =
        TestUsers.ADA
            .request()
            .config(RequestSizeLimitTest.WAIT_FOR_CONTINUE)
            .body(RequestSizeLimitTest.newAccountOfSize(2_000_000))
            .post(RequestSizeLimitTest.REGISTER)
            .then()
            .statusCode(413);

    assertProtected(response).header("Content-Security-Policy", NOTHING_MAY_LOAD);
  }

  @Test
  void shouldLetSwaggerUiRunItsScripts() {
    var response = given().get("/q/swagger-ui/").then().statusCode(200);

    assertProtected(response).header("Content-Security-Policy", nullValue());
  }

  @Test
  void shouldLetDevUiRunItsScriptsInDevelopment() {
    assertThat(SecurityHeaders.forResponse("/q/dev-ui/", "http"))
        .containsKeys("X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy")
        .doesNotContainKey("Content-Security-Policy");
  }

  @Test
  void shouldRequireHttpsOnlyOfClientsThatCameOverHttps() {
    assertThat(SecurityHeaders.forResponse("/api/weather-forecasts", "https"))
        .containsEntry("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    assertThat(SecurityHeaders.forResponse("/api/weather-forecasts", "http"))
        .doesNotContainKey("Strict-Transport-Security");
  }

  /** The headers every response carries over plain HTTP, as the tests send it. */
  private static ValidatableResponse assertProtected(ValidatableResponse response) {
    return response
        .header("X-Content-Type-Options", equalTo("nosniff"))
        .header("X-Frame-Options", equalTo("DENY"))
        .header("Referrer-Policy", equalTo("no-referrer"))
        .header("Strict-Transport-Security", nullValue())
        .header("Server", nullValue())
        .header("X-Powered-By", nullValue());
  }
}
