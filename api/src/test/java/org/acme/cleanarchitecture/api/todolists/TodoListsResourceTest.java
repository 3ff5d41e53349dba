package org.acme.cleanarchitecture.api.todolists;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TodoListsResourceTest {

  private static final String PROBLEM_JSON = "application/problem+json";

  @Inject TestDatabase database;

  @BeforeEach
  void startFromEmptyDatabase() {
    database.reset();
  }

  @Test
  void shouldCreateListAndReturnItsLocation() {
    var location = createList("{\"title\": \"Shopping\", \"colour\": \"#FF5733\"}");

    given()
        .when()
        .get("/api/todo-lists")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("title", contains("Shopping"))
        .body("colour", contains("#FF5733"))
        .body(
            "[0].id", equalTo(Integer.parseInt(location.substring(location.lastIndexOf('/') + 1))));
  }

  @Test
  void shouldListTodoListsOrderedByTitle() {
    createList("{\"title\": \"Work\"}");
    createList("{\"title\": \"Chores\"}");

    given()
        .when()
        .get("/api/todo-lists")
        .then()
        .statusCode(200)
        .body("title", contains("Chores", "Work"))
        .body("colour", contains("#FFFFFF", "#FFFFFF"));
  }

  @Test
  void shouldReturnEmptyListWhenThereAreNone() {
    given().when().get("/api/todo-lists").then().statusCode(200).body("$", empty());
  }

  @Test
  void shouldRequireTitle() {
    postList("{\"title\": \"\"}")
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("status", equalTo(400))
        .body("title", equalTo("One or more validation errors occurred."))
        .body("instance", equalTo("/api/todo-lists"))
        .body("errors.title", contains("The title is required."));
  }

  @Test
  void shouldRefuseTitleLongerThanTwoHundredCharacters() {
    postList("{\"title\": \"" + "a".repeat(201) + "\"}")
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors.title", contains("The title must be at most 200 characters."));
  }

  @Test
  void shouldRequireUniqueTitle() {
    createList("{\"title\": \"Shopping\"}");

    postList("{\"title\": \"Shopping\"}")
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors.title", contains("The title must be unique."));
  }

  @Test
  void shouldRefuseUnsupportedColour() {
    postList("{\"title\": \"Shopping\", \"colour\": \"#123456\"}")
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors.colour", contains("The colour #123456 is not supported."));
  }

  @Test
  void shouldReportEveryFailureAtOnce() {
    postList("{\"title\": \" \", \"colour\": \"pink\"}")
        .statusCode(400)
        .body("errors", hasKey("title"))
        .body("errors", hasKey("colour"));
  }

  @Test
  void shouldRefuseMalformedJson() {
    postList("{\"title\": ")
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("detail", containsString("not valid JSON"))
        .body("detail", not(containsString("Exception")));
  }

  @Test
  void shouldRefuseUnknownProperty() {
    postList("{\"title\": \"Shopping\", \"id\": 42}")
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors.id", contains("This property is not recognised."));
  }

  @Test
  void shouldRefuseValueOfWrongType() {
    postList("{\"title\": {\"text\": \"Shopping\"}}")
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors.title", contains("This value does not have the expected type."));
  }

  @Test
  void shouldRefuseMissingBody() {
    given()
        .contentType(ContentType.JSON)
        .when()
        .post("/api/todo-lists")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors.command", contains("A request body is required."))
        .body("correlationId", nullValue());
  }

  @Test
  void shouldAnswerUnknownPathWithProblemDetails() {
    given()
        .when()
        .get("/api/nothing-here")
        .then()
        .statusCode(404)
        .contentType(PROBLEM_JSON)
        .body("status", equalTo(404));
  }

  private static String createList(String json) {
    return postList(json)
        .statusCode(201)
        .header("Location", containsString("/api/todo-lists/"))
        .header("Location", not(endsWith("/")))
        .extract()
        .header("Location");
  }

  private static io.restassured.response.ValidatableResponse postList(String json) {
    return given().contentType(ContentType.JSON).body(json).when().post("/api/todo-lists").then();
  }
}
