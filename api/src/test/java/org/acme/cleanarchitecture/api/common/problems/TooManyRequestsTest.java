package org.acme.cleanarchitecture.api.common.problems;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A throttled caller is told, in whole seconds, when to try again: rounded up, so that a client
 * waiting exactly that long is never refused again for being early, and never zero.
 */
@QuarkusTest
class TooManyRequestsTest {

  @ParameterizedTest(name = "wait {0}: Retry-After {1}")
  @CsvSource({"PT0S, 1", "PT0.001S, 1", "PT1S, 1", "PT1.5S, 2", "PT59.001S, 60", "PT-5S, 1"})
  void shouldAnswerWithProblemDetailsAndRetryAfterInWholeSeconds(
      String retryAfter, String seconds) {
    given()
        .queryParam("retryAfter", retryAfter)
        .get("/test/failures/too-many-requests")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", seconds)
        .body("status", equalTo(429))
        .body("title", equalTo("Too Many Requests"))
        .body("detail", equalTo("Too many attempts; wait before trying again."));
  }
}
