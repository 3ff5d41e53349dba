package org.acme.cleanarchitecture.api.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every operation refuses a caller without a valid bearer token, with problem details. */
@QuarkusTest
class AuthenticationTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "GET, /api/todo-lists",
    "GET, /api/todo-lists/1",
    "POST, /api/todo-lists",
    "PUT, /api/todo-lists/1",
    "DELETE, /api/todo-lists/1",
    "DELETE, /api/todo-lists",
    "GET, /api/todo-items?listId=1",
    "POST, /api/todo-items",
    "PUT, /api/todo-items/1",
    "PATCH, /api/todo-items/1/detail",
    "DELETE, /api/todo-items/1"
  })
  void shouldDenyAnonymousCaller(String method, String path) {
    given()
        .contentType("application/json")
        .body("{}")
        .request(method, path)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer")
        .body("status", equalTo(401));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "signed by another key, eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.c2lnbmF0dXJl",
    "not a token at all, not-a-token"
  })
  void shouldDenyInvalidToken(String why, String token) {
    given()
        .auth()
        .oauth2(token)
        .get("/api/todo-lists")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("detail", equalTo("The bearer token is not valid."));
  }

  @ParameterizedTest(name = "subject of {0} characters")
  @CsvSource({"0", "256"})
  void shouldDenyTokenWithoutUsableSubject(int length) {
    var token = length == 0 ? Jwt.claims().sign() : Jwt.subject("s".repeat(length)).sign();

    given().auth().oauth2(token).get("/api/todo-lists").then().statusCode(401);
  }
}
