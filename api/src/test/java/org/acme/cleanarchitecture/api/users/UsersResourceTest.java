package org.acme.cleanarchitecture.api.users;

import static io.restassured.RestAssured.given;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.PASSWORD;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accounts and sessions, through the endpoints a client uses. */
@QuarkusTest
class UsersResourceTest {

  private static final String EMAIL = "linus@example.org";

  private final TestDatabase database;

  UsersResourceTest(TestDatabase database) {
    this.database = database;
  }

  @BeforeEach
  void registerLinus() {
    database.reset();
    given()
        .contentType("application/json")
        .body(Map.of("email", "  Linus@Example.org ", "password", PASSWORD))
        .post("/api/users/register")
        .then()
        .statusCode(201);
  }

  @Test
  void shouldLogInWithNormalisedEmailAndShowTheCallersAccount() {
    var tokens = login(EMAIL, PASSWORD).then().statusCode(200);
    tokens
        .header("Cache-Control", "no-store")
        .body("tokenType", equalTo("Bearer"))
        .body("expiresIn", equalTo(900));

    given()
        .auth()
        .oauth2(tokens.extract().path("accessToken"))
        .get("/api/users/me")
        .then()
        .statusCode(200)
        .body("email", equalTo(EMAIL))
        .body("roles", contains("User"));
  }

  @Test
  void shouldAnswerUnknownEmailAndWrongPasswordAlike() {
    var unknown = login("nobody@example.org", PASSWORD).then().statusCode(401).extract();
    var wrong = login(EMAIL, "not the password at all").then().statusCode(401).extract();

    assertThat(unknown.path("detail").toString()).isEqualTo(wrong.path("detail").toString());
  }

  @Test
  void shouldRefuseASecondAccountForTheSameAddress() {
    given()
        .contentType("application/json")
        .body(Map.of("email", EMAIL.toUpperCase(), "password", PASSWORD))
        .post("/api/users/register")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.email[0]", equalTo("An account with this email address already exists."));
  }

  @Test
  void shouldRotateRefreshTokensAndEndTheSessionWhenOneIsReused() {
    String first = login(EMAIL, PASSWORD).then().statusCode(200).extract().path("refreshToken");

    String second = refresh(first).then().statusCode(200).extract().path("refreshToken");
    refresh(first).then().statusCode(401).contentType("application/problem+json");

    refresh(second).then().statusCode(401);
    var revoked =
        database.query("SELECT token_hash FROM refresh_tokens WHERE revoked_at IS NOT NULL");
    assertThat(revoked).hasSize(2);
  }

  private static Response refresh(String refreshToken) {
    return given()
        .contentType("application/json")
        .body(Map.of("refreshToken", refreshToken))
        .post("/api/users/refresh");
  }
}
