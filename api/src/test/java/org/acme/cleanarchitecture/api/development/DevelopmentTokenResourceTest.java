package org.acme.cleanarchitecture.api.development;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DevelopmentTokenResourceTest {

  @Inject TestDatabase database;

  @BeforeEach
  void startFromEmptyDatabase() {
    database.reset();
  }

  @Test
  void shouldMintTokenTheServiceAccepts() {
    var token =
        given().post("/dev/token?user=dev@example.org").then().statusCode(200).extract().asString();

    given()
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body("{\"title\": \"Tried it\"}")
        .post("/api/todo-lists")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(token)
        .get("/api/todo-lists")
        .then()
        .body("lists[0].title", equalTo("Tried it"));
  }

  @Test
  void shouldMintTokenWithTheRolesAsked() {
    var plain = given().post("/dev/token").then().extract().asString();
    var administrator = given().post("/dev/token?role=Administrator").then().extract().asString();

    given().auth().oauth2(plain).delete("/api/todo-lists").then().statusCode(403);
    given().auth().oauth2(administrator).delete("/api/todo-lists").then().statusCode(204);
  }
}
