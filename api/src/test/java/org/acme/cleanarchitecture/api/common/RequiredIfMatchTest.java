package org.acme.cleanarchitecture.api.common;

import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADA;
import static org.acme.cleanarchitecture.api.testsupport.TodoApi.createItem;
import static org.acme.cleanarchitecture.api.testsupport.TodoApi.createList;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With app.http.require-if-match on, every change to a list or an item must name its version. Each
 * test puts a {@link Versions} made with the setting on in place of the service's own (which has it
 * off, as the tests' configuration leaves it), so that these tests share the one start of the
 * service with the others instead of a start of their own. That the service makes its Versions from
 * the setting, {@link VersionsTest} checks.
 */
@QuarkusTest
class RequiredIfMatchTest {

  private final TestDatabase database;
  private long shopping;
  private long milk;

  RequiredIfMatchTest(TestDatabase database) {
    this.database = database;
  }

  @BeforeEach
  void requireIfMatchAndStartWithOneItem() {
    QuarkusMock.installMockForType(new Versions(true), Versions.class);
    database.reset();
    shopping = createList(ADA, "Shopping");
    milk = createItem(ADA, shopping, "Milk");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          PUT    | /api/todo-lists/LIST        | {"title": "Groceries"}
          DELETE | /api/todo-lists/LIST        |
          PUT    | /api/todo-items/ITEM        | {"title": "Oat milk", "done": true}
          PATCH  | /api/todo-items/ITEM/detail | {"listId": LIST, "priority": 3}
          DELETE | /api/todo-items/ITEM        |
          """)
  void shouldRefuseChangeWithoutIfMatch(String method, String path, String body) {
    var request = ADA.request();
    if (body != null) {
      request.body(body.replace("LIST", Long.toString(shopping)));
    }

    request
        .request(method, path.replace("LIST", Long.toString(shopping)).replace("ITEM", "" + milk))
        .then()
        .statusCode(428)
        .contentType("application/problem+json")
        .body("detail", containsString("If-Match"));
    ADA.request()
        .get("/api/todo-lists/" + shopping)
        .then()
        .header("ETag", equalTo("\"0\""))
        .body("title", equalTo("Shopping"))
        .body("items", hasSize(1))
        .body("items[0].version", equalTo(0));
  }

  @Test
  void shouldApplyChangeThatNamesItsVersion() {
    ADA.request()
        .header("If-Match", "\"0\"")
        .body("{\"title\": \"Groceries\"}")
        .put("/api/todo-lists/" + shopping)
        .then()
        .statusCode(204);
    ADA.request()
        .header("If-Match", "*")
        .body("{\"title\": \"Oat milk\", \"done\": true}")
        .put("/api/todo-items/" + milk)
        .then()
        .statusCode(204);

    ADA.request()
        .get("/api/todo-lists/" + shopping)
        .then()
        .body("title", equalTo("Groceries"))
        .body("items[0].title", equalTo("Oat milk"));
  }
}
