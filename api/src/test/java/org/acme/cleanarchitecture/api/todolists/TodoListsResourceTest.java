package org.acme.cleanarchitecture.api.todolists;

import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADA;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADMINISTRATOR;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.GRACE;
import static org.acme.cleanarchitecture.api.testsupport.TodoApi.createItem;
import static org.acme.cleanarchitecture.api.testsupport.TodoApi.createList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class TodoListsResourceTest {

  private static final String PROBLEM_JSON = "application/problem+json";

  @Inject TestDatabase database;

  @BeforeEach
  void startFromEmptyDatabase() {
    database.reset();
  }

  @Test
  void shouldCreateListAndServeItAtItsLocation() {
    var location =
        ADA.request()
            .body("{\"title\": \"Shopping\", \"colour\": \"#FF5733\"}")
            .post("/api/todo-lists")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/todo-lists/"))
            .extract()
            .header("Location");

    ADA.request()
        .get(location)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body("title", equalTo("Shopping"))
        .body("colour", equalTo("#FF5733"))
        .body("version", equalTo(0))
        .body("items", empty());
  }

  @Test
  void shouldColourListWhiteWhenNoColourIsGiven() {
    var id = createList(ADA, "Shopping");

    ADA.request().get("/api/todo-lists/" + id).then().body("colour", equalTo("#FFFFFF"));
  }

  @Test
  void shouldReturnAllListsOrderedByTitleWithTheirItems() {
    var work = createList(ADA, "Work");
    var chores = createList(ADA, "Chores");
    createItem(ADA, work, "Write report");
    createItem(ADA, chores, "Dishes");
    createItem(ADA, chores, "Laundry");

    ADA.request()
        .get("/api/todo-lists")
        .then()
        .statusCode(200)
        .body("lists.title", contains("Chores", "Work"))
        .body("lists[0].items.title", contains("Dishes", "Laundry"))
        .body("lists[1].items.title", contains("Write report"))
        .body("lists[0].items[0].listId", equalTo((int) chores));
  }

  @Test
  void shouldReturnPriorityLevelsAndColours() {
    ADA.request()
        .get("/api/todo-lists")
        .then()
        .statusCode(200)
        .body("priorityLevels.title", contains("None", "Low", "Medium", "High"))
        .body("priorityLevels.id", contains(0, 1, 2, 3))
        .body("colours", hasSize(8))
        .body("colours.code", hasItem("#FFFFFF"))
        .body("colours.name", hasItem("White"));
  }

  @Test
  void shouldShowOnlyTheCallersOwnLists() {
    createList(ADA, "Ada's");
    createList(GRACE, "Grace's");

    ADA.request().get("/api/todo-lists").then().body("lists.title", contains("Ada's"));
  }

  @Test
  void shouldRequireTitle() {
    ADA.request()
        .body("{\"title\": \"\"}")
        .post("/api/todo-lists")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("title", equalTo("One or more validation errors occurred."))
        .body("instance", equalTo("/api/todo-lists"))
        .body("errors.title", contains("The title is required."));
  }

  @Test
  void shouldRefuseTitleLongerThanTwoHundredCharacters() {
    ADA.request()
        .body("{\"title\": \"" + "a".repeat(201) + "\"}")
        .post("/api/todo-lists")
        .then()
        .statusCode(400)
        .body("errors.title", contains("The title must be at most 200 characters."));
  }

  @Test
  void shouldRequireUniqueTitle() {
    createList(ADA, "Shopping");

    ADA.request()
        .body("{\"title\": \"Shopping\"}")
        .post("/api/todo-lists")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors.title", contains("The title must be unique."));
  }

  @Test
  void shouldAllowTheSameTitleForAnotherUser() {
    createList(ADA, "Shopping");

    GRACE
        .request()
        .body("{\"title\": \"Shopping\"}")
        .post("/api/todo-lists")
        .then()
        .statusCode(201);
  }

  @Test
  void shouldReportEveryFailureAtOnce() {
    ADA.request()
        .body("{\"title\": \" \", \"colour\": \"pink\"}")
        .post("/api/todo-lists")
        .then()
        .statusCode(400)
        .body("errors", hasKey("title"))
        .body(
            "errors.colour",
            contains("The colour must be one of the palette's hex codes, such as #FF5733."));
  }

  @Test
  void shouldRefuseMalformedJson() {
    ADA.request()
        .body("{\"title\": ")
        .post("/api/todo-lists")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("detail", containsString("not valid JSON"))
        .body("detail", not(containsString("Exception")));
  }

  @Test
  void shouldRefuseUnknownProperty() {
    ADA.request()
        .body("{\"title\": \"Shopping\", \"ownerId\": \"grace@example.org\"}")
        .post("/api/todo-lists")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors.ownerId", contains("This property is not recognised."));
  }

  @ParameterizedTest(name = "title {0}")
  @ValueSource(strings = {"12345", "1.5", "true", "[\"Shopping\"]", "{\"text\": \"Shopping\"}"})
  void shouldRefuseTitleThatIsNotAJsonString(String title) {
    ADA.request()
        .body("{\"title\": " + title + "}")
        .post("/api/todo-lists")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors.title", contains("This must be a string."));

    ADA.request().get("/api/todo-lists").then().body("lists", empty());
  }

  @Test
  void shouldNotRepeatTheRefusedValue() {
    ADA.request()
        .body("{\"title\": 8675309}")
        .post("/api/todo-lists")
        .then()
        .statusCode(400)
        .body(not(containsString("8675309")));
  }

  @Test
  void shouldRefuseMissingBody() {
    ADA.request()
        .post("/api/todo-lists")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors.body", contains("A request body is required."))
        .body("correlationId", nullValue());
  }

  @Test
  void shouldAnswerUnknownIdWith404() {
    ADA.request()
        .get("/api/todo-lists/999")
        .then()
        .statusCode(404)
        .contentType(PROBLEM_JSON)
        .body("detail", equalTo("Todo list 999 was not found."));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "GET, abc, This must be a whole number.",
    "DELETE, 1.5, This must be a whole number.",
    "GET, 99999999999999999999, This number is out of range."
  })
  void shouldRefuseIdThatIsNotAWholeNumberOfItsType(String method, String id, String message) {
    ADA.request()
        .request(method, "/api/todo-lists/" + id)
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors.id", contains(message));
  }

  @Test
  void shouldAnswerUnknownOwnListWith404OnEveryOperation() {
    ADA.request()
        .body("{\"title\": \"Nothing\"}")
        .put("/api/todo-lists/999")
        .then()
        .statusCode(404);
    ADA.request().delete("/api/todo-lists/999").then().statusCode(404);
  }

  @Test
  void shouldRefuseAnythingAfterTheJsonValue() {
    ADA.request()
        .body("{\"title\": \"Shopping\"} {\"title\": \"More\"}")
        .post("/api/todo-lists")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON);
  }

  @Test
  void shouldAcceptIfMatchForAnyVersion() {
    var id = createList(ADA, "Shopping");

    ADA.request()
        .header("If-Match", "*")
        .body("{\"title\": \"Groceries\"}")
        .put("/api/todo-lists/" + id)
        .then()
        .statusCode(204);
  }

  @Test
  void shouldUpdateTitleAndColour() {
    var id = createList(ADA, "Shopping");

    ADA.request()
        .body("{\"title\": \"Groceries\", \"colour\": \"#CCFF99\"}")
        .put("/api/todo-lists/" + id)
        .then()
        .statusCode(204);

    ADA.request()
        .get("/api/todo-lists/" + id)
        .then()
        .body("title", equalTo("Groceries"))
        .body("colour", equalTo("#CCFF99"))
        .header("ETag", equalTo("\"1\""));
  }

  @Test
  void shouldLetListKeepItsOwnTitleButNotTakeAnother() {
    var shopping = createList(ADA, "Shopping");
    createList(ADA, "Work");

    ADA.request()
        .body("{\"title\": \"Shopping\", \"colour\": \"#6666FF\"}")
        .put("/api/todo-lists/" + shopping)
        .then()
        .statusCode(204);
    ADA.request()
        .body("{\"title\": \"Work\"}")
        .put("/api/todo-lists/" + shopping)
        .then()
        .statusCode(400)
        .body("errors.title", contains("The title must be unique."));
  }

  @Test
  void shouldRefuseUpdateBasedOnStaleVersion() {
    var id = createList(ADA, "Shopping");
    ADA.request()
        .header("If-Match", "\"0\"")
        .body("{\"title\": \"Groceries\"}")
        .put("/api/todo-lists/" + id)
        .then()
        .statusCode(204);

    ADA.request()
        .header("If-Match", "\"0\"")
        .body("{\"title\": \"Food\"}")
        .put("/api/todo-lists/" + id)
        .then()
        .statusCode(412)
        .contentType(PROBLEM_JSON)
        .body("detail", containsString("version 0"));
    ADA.request().get("/api/todo-lists/" + id).then().body("title", equalTo("Groceries"));
  }

  @Test
  void shouldRefuseChangeThatLostARaceEvenWithoutIfMatch() throws Exception {
    var id = createList(ADA, "Shopping");
    CompletableFuture<Response> rename;
    try (var lock = database.lockAgainstWrites("todo_lists")) {
      rename =
          CompletableFuture.supplyAsync(
              () -> ADA.request().body("{\"title\": \"Food\"}").put("/api/todo-lists/" + id));
      lock.awaitWaitingWriter();
      lock.commit("UPDATE todo_lists SET title = 'Groceries', version = 1 WHERE id = ?", id);
    }

    rename.get(10, TimeUnit.SECONDS).then().statusCode(409).contentType(PROBLEM_JSON);
    ADA.request()
        .get("/api/todo-lists/" + id)
        .then()
        .header("ETag", equalTo("\"1\""))
        .body("title", equalTo("Groceries"));
  }

  @Test
  void shouldDeleteOnlyTheVersionNamedByIfMatch() {
    var id = createList(ADA, "Shopping");
    ADA.request().body("{\"title\": \"Groceries\"}").put("/api/todo-lists/" + id);

    ADA.request()
        .header("If-Match", "\"0\"")
        .delete("/api/todo-lists/" + id)
        .then()
        .statusCode(412)
        .contentType(PROBLEM_JSON);
    ADA.request().get("/api/todo-lists/" + id).then().statusCode(200);
    ADA.request()
        .header("If-Match", "\"1\"")
        .delete("/api/todo-lists/" + id)
        .then()
        .statusCode(204);
    ADA.request().get("/api/todo-lists/" + id).then().statusCode(404);
  }

  @Test
  void shouldNeverMatchAWeakEntityTag() {
    var id = createList(ADA, "Shopping");

    ADA.request()
        .header("If-Match", "W/\"0\"")
        .body("{\"title\": \"Groceries\"}")
        .put("/api/todo-lists/" + id)
        .then()
        .statusCode(412)
        .contentType(PROBLEM_JSON)
        .body("detail", containsString("weak"));
    ADA.request().get("/api/todo-lists/" + id).then().body("title", equalTo("Shopping"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"latest\"", "0", "\"0\", \"1\""})
  void shouldRefuseMalformedIfMatch(String ifMatch) {
    var id = createList(ADA, "Shopping");

    ADA.request()
        .header("If-Match", ifMatch)
        .body("{\"title\": \"Groceries\"}")
        .put("/api/todo-lists/" + id)
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors.If-Match", hasSize(1));
  }

  @Test
  void shouldDeleteListWithItsItems() {
    var id = createList(ADA, "Shopping");
    createItem(ADA, id, "Milk");

    ADA.request().delete("/api/todo-lists/" + id).then().statusCode(204);

    ADA.request().get("/api/todo-lists/" + id).then().statusCode(404);
    assertThat(database.query("SELECT id FROM todo_items")).isEmpty();
  }

  @Test
  void shouldDenyPurgeToNonAdministrator() {
    createList(ADA, "Shopping");

    ADA.request()
        .delete("/api/todo-lists")
        .then()
        .statusCode(403)
        .contentType(PROBLEM_JSON)
        .body("status", equalTo(403));
    ADA.request().get("/api/todo-lists").then().body("lists", hasSize(1));
  }

  @Test
  void shouldLetAdministratorPurgeEveryList() {
    var list = createList(ADA, "Shopping");
    createItem(ADA, list, "Milk");
    createList(GRACE, "Work");

    ADMINISTRATOR.request().delete("/api/todo-lists").then().statusCode(204);

    ADA.request().get("/api/todo-lists").then().body("lists", empty());
    GRACE.request().get("/api/todo-lists").then().body("lists", empty());
  }

  @Test
  void shouldAnswerUnknownPathWithProblemDetails() {
    ADA.request()
        .get("/api/nothing-here")
        .then()
        .statusCode(404)
        .contentType(PROBLEM_JSON)
        .body("status", equalTo(404));
  }
}
