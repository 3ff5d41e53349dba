package org.acme.cleanarchitecture.api.todoitems;

import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADA;
import static org.acme.cleanarchitecture.api.testsupport.TodoApi.createItem;
import static org.acme.cleanarchitecture.api.testsupport.TodoApi.createList;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.acme.cleanarchitecture.api.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class TodoItemsResourceTest {

  private static final String PROBLEM_JSON = "application/problem+json";

  @Inject TestDatabase database;

  private long shopping;

  @BeforeEach
  void startWithOneList() {
    database.reset();
    shopping = createList(ADA, "Shopping");
  }

  @Test
  void shouldCreateItemOnTheList() {
    ADA.request()
        .body("{\"listId\": " + shopping + ", \"title\": \"Milk\"}")
        .post("/api/todo-items")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/todo-items/"));

    listOf(ADA, shopping)
        .body("items.title", contains("Milk"))
        .body("items[0].done", equalTo(false))
        .body("items[0].priority", equalTo(0))
        .body("items[0].note", nullValue());
  }

  @Test
  void shouldRequireMinimumFields() {
    ADA.request()
        .body("{}")
        .post("/api/todo-items")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors.listId", contains("The list id is required."))
        .body("errors.title", contains("The title is required."));
  }

  @Test
  void shouldRefuseTitleLongerThanTwoHundredCharacters() {
    ADA.request()
        .body("{\"listId\": " + shopping + ", \"title\": \"" + "a".repeat(201) + "\"}")
        .post("/api/todo-items")
        .then()
        .statusCode(400)
        .body("errors.title", contains("The title must be at most 200 characters."));
  }

  @Test
  void shouldRequireExistingList() {
    ADA.request()
        .body("{\"listId\": 999, \"title\": \"Milk\"}")
        .post("/api/todo-items")
        .then()
        .statusCode(404)
        .contentType(PROBLEM_JSON)
        .body("detail", equalTo("Todo list 999 was not found."));
  }

  @Test
  void shouldRenameAndComplete() {
    var milk = createItem(ADA, shopping, "Milk");

    ADA.request()
        .body("{\"title\": \"Oat milk\", \"done\": true}")
        .put("/api/todo-items/" + milk)
        .then()
        .statusCode(204);

    listOf(ADA, shopping)
        .body("items[0].title", equalTo("Oat milk"))
        .body("items[0].done", equalTo(true))
        .body("items[0].version", equalTo(1));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          PUT    | /api/todo-items/ITEM        | {"title": "Soy milk", "done": false}
          PATCH  | /api/todo-items/ITEM/detail | {"listId": LIST, "priority": 3}
          DELETE | /api/todo-items/ITEM        |
          """)
  void shouldRefuseChangeBasedOnStaleVersionOfItem(String method, String path, String body) {
    var milk = createItem(ADA, shopping, "Milk");
    ADA.request()
        .body("{\"title\": \"Oat milk\", \"done\": false}")
        .put("/api/todo-items/" + milk)
        .then()
        .statusCode(204);
    var request = ADA.request().header("If-Match", "\"0\"");
    if (body != null) {
      request.body(body.replace("LIST", Long.toString(shopping)));
    }

    request
        .request(method, path.replace("ITEM", Long.toString(milk)))
        .then()
        .statusCode(412)
        .contentType(PROBLEM_JSON)
        .body("detail", containsString("version 0"));
    listOf(ADA, shopping)
        .body("items", hasSize(1))
        .body("items[0].title", equalTo("Oat milk"))
        .body("items[0].priority", equalTo(0))
        .body("items[0].version", equalTo(1));
  }

  @Test
  void shouldDeleteItemAtTheVersionNamedByIfMatch() {
    var milk = createItem(ADA, shopping, "Milk");

    ADA.request()
        .header("If-Match", "\"0\"")
        .delete("/api/todo-items/" + milk)
        .then()
        .statusCode(204);

    listOf(ADA, shopping).body("items", empty());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          PUT    | /api/todo-items/999        | {"title": "Milk", "done": true}
          PATCH  | /api/todo-items/999/detail | {"listId": LIST, "priority": 1}
          DELETE | /api/todo-items/999        |
          """)
  void shouldAnswerUnknownItemWith404(String method, String path, String body) {
    var request = ADA.request();
    if (body != null) {
      request.body(body.replace("LIST", Long.toString(shopping)));
    }

    request
        .request(method, path)
        .then()
        .statusCode(404)
        .contentType(PROBLEM_JSON)
        .body("detail", equalTo("Todo item 999 was not found."));
  }

  @Test
  void shouldUpdateDetailAndMoveToAnotherList() {
    var milk = createItem(ADA, shopping, "Milk");
    var groceries = createList(ADA, "Groceries");

    ADA.request()
        .body("{\"listId\": " + groceries + ", \"priority\": 3, \"note\": \"The one in the blue\"}")
        .patch("/api/todo-items/" + milk + "/detail")
        .then()
        .statusCode(204);

    listOf(ADA, shopping).body("items", empty());
    listOf(ADA, groceries)
        .body("items.title", contains("Milk"))
        .body("items[0].priority", equalTo(3))
        .body("items[0].note", equalTo("The one in the blue"));
  }

  @Test
  void shouldAnswerMissingTargetListWith404() {
    var milk = createItem(ADA, shopping, "Milk");

    ADA.request()
        .body("{\"listId\": 999, \"priority\": 1}")
        .patch("/api/todo-items/" + milk + "/detail")
        .then()
        .statusCode(404)
        .body("detail", equalTo("Todo list 999 was not found."));
  }

  @ParameterizedTest(name = "{0} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          POST  | /api/todo-items             | {"listId": "LIST", "title": "Bread"} | listId   | This must be a whole number.
          POST  | /api/todo-items             | {"listId": LIST.0, "title": "Bread"} | listId   | This must be a whole number.
          POST  | /api/todo-items             | {"listId": LIST, "title": 12345}     | title    | This must be a string.
          POST  | /api/todo-items             | {"listId": LIST, "title": true}      | title    | This must be a string.
          POST  | /api/todo-items             | {"listId": LIST, "title": ["Bread"]} | title    | This must be a string.
          PUT   | /api/todo-items/ITEM        | {"title": "Bread", "done": "true"}   | done     | This must be true or false.
          PUT   | /api/todo-items/ITEM        | {"title": "Bread", "done": 1}        | done     | This must be true or false.
          PUT   | /api/todo-items/ITEM        | {"title": "Bread", "done": null}     | done     | This must be true or false.
          PUT   | /api/todo-items/ITEM        | {"title": "Bread"}                   | done     | This must be true or false.
          PATCH | /api/todo-items/ITEM/detail | {"listId": "LIST", "priority": 2}    | listId   | This must be a whole number.
          PATCH | /api/todo-items/ITEM/detail | {"listId": LIST, "priority": "2"}    | priority | This must be a whole number.
          PATCH | /api/todo-items/ITEM/detail | {"listId": LIST, "priority": 2.0}    | priority | This must be a whole number.
          PATCH | /api/todo-items/ITEM/detail | {"listId": LIST, "note": 12345}      | note     | This must be a string.
          """)
  void shouldRefuseValueOfAnotherTypeRatherThanConvertIt(
      String method, String path, String body, String field, String message) {
    var milk = createItem(ADA, shopping, "Milk");

    ADA.request()
        .body(body.replace("LIST", Long.toString(shopping)))
        .request(method, path.replace("ITEM", Long.toString(milk)))
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors." + field, contains(message));

    listOf(ADA, shopping)
        .body("items.title", contains("Milk"))
        .body("items[0].version", equalTo(0));
  }

  @Test
  void shouldRefuseListIdOutOfRange() {
    ADA.request()
        .body("{\"listId\": 99999999999999999999, \"title\": \"Milk\"}")
        .post("/api/todo-items")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON);
  }

  @Test
  void shouldValidateDetail() {
    var milk = createItem(ADA, shopping, "Milk");

    ADA.request()
        .body("{\"priority\": 7, \"note\": \"" + "n".repeat(2001) + "\"}")
        .patch("/api/todo-items/" + milk + "/detail")
        .then()
        .statusCode(400)
        .body("errors.listId", contains("The list id is required."))
        .body("errors.priority", contains("The priority must be between 0 and 3."))
        .body("errors.note", contains("The note must be at most 2000 characters."));
  }

  @Test
  void shouldDeleteItem() {
    var milk = createItem(ADA, shopping, "Milk");
    createItem(ADA, shopping, "Bread");

    ADA.request().delete("/api/todo-items/" + milk).then().statusCode(204);

    listOf(ADA, shopping).body("items.title", contains("Bread"));
  }

  @ParameterizedTest(name = "page {0}: {1} items, previous {2}, next {3}")
  @CsvSource({"1, 10, false, true", "2, 10, true, true", "3, 5, true, false"})
  void shouldPageThroughItemsOrderedByTitle(
      int pageNumber, int itemsOnPage, boolean hasPrevious, boolean hasNext) {
    for (int i = 1; i <= 25; i++) {
      database.update(
          "INSERT INTO todo_items (id, list_id, title) VALUES (nextval('todo_item_ids'), ?, ?)",
          shopping,
          "Item %02d".formatted(i));
    }

    ADA.request()
        .queryParam("listId", shopping)
        .queryParam("pageNumber", pageNumber)
        .queryParam("pageSize", 10)
        .get("/api/todo-items")
        .then()
        .statusCode(200)
        .body("items", hasSize(itemsOnPage))
        .body("items[0].title", equalTo("Item %02d".formatted((pageNumber - 1) * 10 + 1)))
        .body("pageNumber", equalTo(pageNumber))
        .body("totalPages", equalTo(3))
        .body("totalCount", equalTo(25))
        .body("hasPreviousPage", equalTo(hasPrevious))
        .body("hasNextPage", equalTo(hasNext))
        .body("nextCursor", hasNext ? notNullValue() : nullValue());
  }

  @Test
  void shouldValidatePagingParameters() {
    ADA.request()
        .queryParam("pageNumber", 0)
        .queryParam("pageSize", 101)
        .get("/api/todo-items")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors.listId", contains("The list id is required."))
        .body("errors.pageNumber", contains("The page number must be between 1 and 10000000."))
        .body("errors.pageSize", contains("The page size must be between 1 and 100."));
  }

  @Test
  void shouldRefuseParametersThatAreNotNumbers() {
    ADA.request()
        .queryParam("listId", "abc")
        .queryParam("pageNumber", "first")
        .get("/api/todo-items")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors.listId", contains("This must be a whole number."))
        .body("errors.pageNumber", contains("This must be a whole number."));
  }

  @Test
  void shouldShowTheFirstTenItemsWhenPagingParametersAreAbsent() {
    for (int i = 1; i <= 12; i++) {
      createItem(ADA, shopping, "Item %02d".formatted(i));
    }

    ADA.request()
        .queryParam("listId", shopping)
        .get("/api/todo-items")
        .then()
        .statusCode(200)
        .body("items", hasSize(10))
        .body("pageNumber", equalTo(1))
        .body("totalPages", equalTo(2));
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
    "pageSize, ten, This must be a whole number.",
    "pageNumber, 1.5, This must be a whole number.",
    "pageSize, 99999999999, This number is out of range.",
    "listId, 99999999999999999999, This number is out of range."
  })
  void shouldRefuseQueryParameterThatIsNotAWholeNumberOfItsType(
      String name, String value, String message) {
    var parameters = new HashMap<String, Object>(Map.of("listId", shopping));
    parameters.put(name, value);

    ADA.request()
        .queryParams(parameters)
        .get("/api/todo-items")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors." + name, contains(message));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          PUT   | /api/todo-items/abc        | {"title": "Milk", "done": false}
          PATCH | /api/todo-items/abc/detail | {"listId": 1, "priority": 1}
          """)
  void shouldRefuseItemIdThatIsNotAWholeNumber(String method, String path, String body) {
    ADA.request()
        .body(body)
        .request(method, path)
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors.id", contains("This must be a whole number."));
  }

  private static ValidatableResponse listOf(TestUsers user, long listId) {
    return user.request().get("/api/todo-lists/" + listId).then().statusCode(200);
  }
}
