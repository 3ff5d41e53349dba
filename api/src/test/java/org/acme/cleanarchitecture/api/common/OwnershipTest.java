package org.acme.cleanarchitecture.api.common;

import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADA;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.GRACE;
import static org.acme.cleanarchitecture.api.testsupport.TodoApi.createItem;
import static org.acme.cleanarchitecture.api.testsupport.TodoApi.createList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.acme.cleanarchitecture.api.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every operation on a list or an item answers another user exactly as if it did not exist, and
 * leaves it as it was: Grace, knowing the ids of Ada's list and item, can neither see nor change
 * them, nor move her own item onto Ada's list.
 */
@QuarkusTest
class OwnershipTest {

  @Inject TestDatabase database;

  private long adasList;
  private long adasItem;
  private long gracesItem;

  @BeforeEach
  void giveEachAListWithAnItem() {
    database.reset();
    adasList = createList(ADA, "Ada's list");
    adasItem = createItem(ADA, adasList, "Ada's item");
    gracesItem = createItem(GRACE, createList(GRACE, "Grace's list"), "Grace's item");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          GET    | /api/todo-lists/ADAS_LIST          |                                                       | Todo list ADAS_LIST
          PUT    | /api/todo-lists/ADAS_LIST          | {"title": "Grace's now", "colour": "#FF5733"}         | Todo list ADAS_LIST
          DELETE | /api/todo-lists/ADAS_LIST          |                                                       | Todo list ADAS_LIST
          GET    | /api/todo-items?listId=ADAS_LIST   |                                                       | Todo list ADAS_LIST
          POST   | /api/todo-items                    | {"listId": ADAS_LIST, "title": "Grace's"}             | Todo list ADAS_LIST
          PUT    | /api/todo-items/ADAS_ITEM          | {"title": "Grace's now", "done": true}                | Todo item ADAS_ITEM
          PATCH  | /api/todo-items/ADAS_ITEM/detail   | {"listId": ADAS_LIST, "priority": 3, "note": "Mine"}  | Todo item ADAS_ITEM
          PATCH  | /api/todo-items/GRACES_ITEM/detail | {"listId": ADAS_LIST, "priority": 3}                  | Todo list ADAS_LIST
          DELETE | /api/todo-items/ADAS_ITEM          |                                                       | Todo item ADAS_ITEM
          """)
  void shouldAnswerAnotherUserAsIfNothingWereThereAndChangeNothing(
      String method, String path, String body, String missing) {
    var adasData = everythingOf(ADA);
    var request = GRACE.request();
    if (body != null) {
      request.body(withIds(body));
    }

    request
        .request(method, withIds(path))
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", equalTo(withIds(missing) + " was not found."));

    assertThat(everythingOf(ADA)).isEqualTo(adasData);
  }

  /** Every list of the user, with every item and its version: any change shows here. */
  private static String everythingOf(TestUsers user) {
    return user.request().get("/api/todo-lists").then().statusCode(200).extract().asString();
  }

  private String withIds(String text) {
    return text.replace("ADAS_LIST", Long.toString(adasList))
        .replace("ADAS_ITEM", Long.toString(adasItem))
        .replace("GRACES_ITEM", Long.toString(gracesItem));
  }
}
