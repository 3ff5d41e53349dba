package org.acme.cleanarchitecture.api.common.problems;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.acme.cleanarchitecture.api.testsupport.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The refusals Quarkus and Vert.x make on their own, before any resource method runs, answer with
 * problem details as every other error does: a client parses one error format, whoever refused.
 */
@QuarkusTest
class FrameworkRefusalsTest {

  @ParameterizedTest(name = "{0}: {1} {2} {7}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          401 | GET   | /api/weather-forecasts  |     | application/json | application/json | 0       | without a token
          404 | GET   | /nope                   | ADA | application/json | application/json | 0       | outside the API
          404 | GET   | /api/nope               | ADA | application/json | application/json | 0       | inside the API
          404 | GET   | /q/nope                 | ADA | application/json | application/json | 0       | under /q
          405 | PATCH | /api/weather-forecasts  | ADA | application/json | application/json | 0       | a method it lacks
          406 | GET   | /api/weather-forecasts  | ADA | application/json | application/xml  | 0       | accepting only XML
          413 | POST  | /api/users/me/password  | ADA | application/json | application/json | 2000000 | over the size limit
          415 | POST  | /api/users/me/password  | ADA | text/plain       | application/json | 0       | of a type not read
          """)
  void shouldAnswerWithProblemDetails(
      int status,
      String method,
      String path,
      TestUsers caller,
      String contentType,
      String accept,
      int passwordLength,
      String why) {
    var request = caller == null ? given() : given().auth().oauth2(caller.token());
    request
        .contentType(contentType)
        .accept(accept)
        .body("{\"newPassword\": \"" + "a".repeat(passwordLength) + "\"}")
        .request(method, path)
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status));
  }
}
