package org.acme.cleanarchitecture.api.todolists;

import static io.restassured.RestAssured.given;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADA;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.GRACE;
import static org.acme.cleanarchitecture.api.testsupport.TodoApi.createItem;
import static org.acme.cleanarchitecture.api.testsupport.TodoApi.createList;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Workshop lab 2's acceptance test: {@code POST /api/todo-lists/{id}/completion} marks every item
 * of one of the caller's lists done, and nothing else.
 */
@QuarkusTest
class CompleteTodoListAcceptanceTest {

  private final TestDatabase database;

  CompleteTodoListAcceptanceTest(TestDatabase database) {
    this.database = database;
  }

  @BeforeEach
  void startFromEmptyDatabase() {
    database.reset();
  }

  @Test
  void shouldMarkEveryItemOfTheListDone() {
    var shopping = createList(ADA, "Shopping");
    var milk = createItem(ADA, shopping, "Milk");
    createItem(ADA, shopping, "Bread");
    ADA.request()
        .body(Map.of("title", "Milk", "done", true))
        .put("/api/todo-items/" + milk)
        .then()
        .statusCode(204);

    ADA.request().post(completion(shopping)).then().statusCode(204);

    ADA.request()
        .get("/api/todo-lists/" + shopping)
        .then()
        .statusCode(200)
        .body("items.done", contains(true, true));
  }

  @Test
  void shouldLeaveTheCallersOtherListsAsTheyAre() {
    var shopping = createList(ADA, "Shopping");
    var work = createList(ADA, "Work");
    createItem(ADA, shopping, "Milk");
    createItem(ADA, work, "Report");

    ADA.request().post(completion(shopping)).then().statusCode(204);

    ADA.request().get("/api/todo-lists/" + work).then().body("items.done", everyItem(is(false)));
  }

  @Test
  void shouldCompleteAListWithoutItems() {
    var empty = createList(ADA, "Empty");

    ADA.request().post(completion(empty)).then().statusCode(204);
  }

  @Test
  void shouldNotFindAnotherUsersList() {
    var work = createList(GRACE, "Work");
    createItem(GRACE, work, "Report");

    ADA.request()
        .post(completion(work))
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    GRACE.request().get("/api/todo-lists/" + work).then().body("items.done", contains(false));
  }

  @Test
  void shouldNotFindAMissingList() {
    ADA.request().post(completion(999_999)).then().statusCode(404);
  }

  @Test
  void shouldRefuseAnAnonymousCaller() {
    var shopping = createList(ADA, "Shopping");

    given()
        .contentType("application/json")
        .post(completion(shopping))
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  private static String completion(long list) {
    return "/api/todo-lists/" + list + "/completion";
  }
}
