package org.acme.cleanarchitecture.api.users;

import static io.restassured.RestAssured.given;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.login;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.register;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.acme.cleanarchitecture.api.testsupport.CapturedLog;
import org.acme.cleanarchitecture.api.testsupport.LoginFailures;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Passwords and tokens never reach the log, whatever a request carries or its answer returns: each
 * request is logged by its name and caller only. The test reads every record the root logger
 * receives, so it also sees what Quarkus and the libraries log.
 */
@QuarkusTest
class SecretsOutOfTheLogTest {

  private static final String EMAIL = "margaret@example.org";
  private static final String PASSWORD = "a password only margaret knows";
  private static final String NEW_PASSWORD = "a new password only margaret knows";
  private static final String WRONG_PASSWORD = "a password margaret never had";
  private static final String REFUSED_PASSWORD = "short one";

  private final TestDatabase database;
  private final LoginFailures loginFailures;

  SecretsOutOfTheLogTest(TestDatabase database, LoginFailures loginFailures) {
    this.database = database;
    this.loginFailures = loginFailures;
  }

  @BeforeEach
  void startEmpty() {
    database.reset();
    loginFailures.forgetAll();
  }

  @Test
  void shouldLogRequestsWithoutTheirPasswordsOrTokens() {
    try (var log = CapturedLog.start()) {
      register(EMAIL, REFUSED_PASSWORD).then().statusCode(400);
      register(EMAIL, PASSWORD).then().statusCode(201);
      login(EMAIL, WRONG_PASSWORD).then().statusCode(401);
      var session = login(EMAIL, PASSWORD).then().statusCode(200).extract();
      String accessToken = session.path("accessToken");
      String refreshToken = session.path("refreshToken");
      String accountId =
          as(accessToken).get("/api/users/me").then().statusCode(200).extract().path("id");
      as(accessToken + "x").get("/api/users/me").then().statusCode(401);
      String rotatedToken =
          as(null)
              .body(Map.of("refreshToken", refreshToken))
              .post("/api/users/refresh")
              .then()
              .statusCode(200)
              .extract()
              .path("refreshToken");
      as(accessToken)
          .body(Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD))
          .post("/api/users/me/password")
          .then()
          .statusCode(204);
      as(accessToken)
          .body(Map.of("refreshToken", rotatedToken))
          .post("/api/users/logout")
          .then()
          .statusCode(204);

      assertThat(log.text())
          .contains(
              "Request RegisterUserCommand by anonymous refused: ValidationException",
              "Request LoginCommand by anonymous refused: UnauthorizedAccessException",
              "Request GetCurrentUserQuery by " + accountId,
              "Request ChangePasswordCommand by " + accountId)
          .doesNotContain(
              PASSWORD,
              NEW_PASSWORD,
              WRONG_PASSWORD,
              REFUSED_PASSWORD,
              accessToken,
              refreshToken,
              rotatedToken);
    }
  }

  /** A JSON request, with the access token if one is given. */
  private static RequestSpecification as(String accessToken) {
    var request = accessToken == null ? given() : given().auth().oauth2(accessToken);
    return request.contentType("application/json");
  }
}
