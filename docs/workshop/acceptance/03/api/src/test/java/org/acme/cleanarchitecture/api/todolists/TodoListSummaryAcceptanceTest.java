package org.acme.cleanarchitecture.api.todolists;

import static io.restassured.RestAssured.given;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADA;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.GRACE;
import static org.acme.cleanarchitecture.api.testsupport.TodoApi.createItem;
import static org.acme.cleanarchitecture.api.testsupport.TodoApi.createList;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Workshop lab 3's acceptance test: {@code GET /api/todo-lists/{id}/summary} counts the items of
 * one of the caller's lists, and those done; another user's list is not found, as everywhere.
 */
@QuarkusTest
class TodoListSummaryAcceptanceTest {

  private final TestDatabase database;

  TodoListSummaryAcceptanceTest(TestDatabase database) {
    this.database = database;
  }

  @BeforeEach
  void startFromEmptyDatabase() {
    database.reset();
  }

  @Test
  void shouldCountTheItemsAndThoseDone() {
    var shopping = createList(ADA, "Shopping");
    var milk = createItem(ADA, shopping, "Milk");
    createItem(ADA, shopping, "Bread");
    createItem(ADA, createList(ADA, "Work"), "Report");
    ADA.request()
        .body(Map.of("title", "Milk", "done", true))
        .put("/api/todo-items/" + milk)
        .then()
        .statusCode(204);

    ADA.request()
        .get(summary(shopping))
        .then()
        .statusCode(200)
        .body("items", equalTo(2))
        .body("done", equalTo(1));
  }

  @Test
  void shouldCountNothingOnAListWithoutItems() {
    var empty = createList(ADA, "Empty");

    ADA.request().get(summary(empty)).then().statusCode(200).body("items", equalTo(0));
  }

  @Test
  void shouldNotFindAnotherUsersList() {
    var work = createList(GRACE, "Work");
    createItem(GRACE, work, "Report");

    ADA.request().get(summary(work)).then().statusCode(404).contentType("application/problem+json");
  }

  @Test
  void shouldNotFindAMissingList() {
    ADA.request().get(summary(999_999)).then().statusCode(404);
  }

  @Test
  void shouldRefuseAnAnonymousCaller() {
    var shopping = createList(ADA, "Shopping");

    given().get(summary(shopping)).then().statusCode(401);
  }

  private static String summary(long list) {
    return "/api/todo-lists/" + list + "/summary";
  }
}
