package org.acme.cleanarchitecture.api.caching;

import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADA;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADMINISTRATOR;
import static org.acme.cleanarchitecture.api.testsupport.TodoApi.createItem;
import static org.acme.cleanarchitecture.api.testsupport.TodoApi.createList;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.acme.cleanarchitecture.api.testsupport.CachedReads;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Workshop lab 5's acceptance test: a page of a list's items is served from the query cache, and
 * every kind of write shows on the next read. Each read here is made twice, and the second must be
 * a cache hit with the same answer (CachedReads).
 */
@QuarkusTest
class TodoItemsCacheAcceptanceTest {

  private final TestDatabase database;
  private final CachedReads reads;

  TodoItemsCacheAcceptanceTest(TestDatabase database, CachedReads reads) {
    this.database = database;
    this.reads = reads;
  }

  @BeforeEach
  void startFromEmptyDatabase() {
    database.reset();
  }

  @Test
  void shouldServeARepeatedPageFromTheCache() {
    var list = createList(ADA, "Shopping");
    createItem(ADA, list, "Milk");

    reads.readTwice(ADA, firstPage(list)).body("items.title", contains("Milk"));
    reads.readTwice(ADA, firstPageByCursor(list)).body("items.title", contains("Milk"));
  }

  @Test
  void shouldShowEachWriteOnTheNextRead() {
    var list = createList(ADA, "Shopping");
    var milk = createItem(ADA, list, "Milk");
    reads.readTwice(ADA, firstPage(list)).body("items.title", contains("Milk"));

    createItem(ADA, list, "Bread");
    reads.readTwice(ADA, firstPage(list)).body("items.title", contains("Bread", "Milk"));

    ADA.request()
        .body(Map.of("title", "Oat milk", "done", true))
        .put("/api/todo-items/" + milk)
        .then()
        .statusCode(204);
    reads
        .readTwice(ADA, firstPage(list))
        .body("items.title", contains("Bread", "Oat milk"))
        .body("items[1].done", equalTo(true));

    ADA.request().delete("/api/todo-items/" + milk).then().statusCode(204);
    reads.readTwice(ADA, firstPage(list)).body("items.title", contains("Bread"));
  }

  @Test
  void shouldShowAnItemMovedToAnotherList() {
    var shopping = createList(ADA, "Shopping");
    var work = createList(ADA, "Work");
    var milk = createItem(ADA, shopping, "Milk");
    reads.readTwice(ADA, firstPage(work)).body("items", empty());

    ADA.request()
        .body(Map.of("listId", work, "priority", 0))
        .patch("/api/todo-items/" + milk + "/detail")
        .then()
        .statusCode(204);

    reads.readTwice(ADA, firstPage(work)).body("items.title", contains("Milk"));
    reads.readTwice(ADA, firstPage(shopping)).body("items", empty());
  }

  @Test
  void shouldShowTheItemsGoneAfterAnAdministratorPurgedEveryList() {
    var list = createList(ADA, "Shopping");
    createItem(ADA, list, "Milk");
    reads.readTwice(ADA, firstPage(list)).body("items.title", contains("Milk"));

    ADMINISTRATOR.request().delete("/api/todo-lists").then().statusCode(204);

    ADA.request().get(firstPage(list)).then().statusCode(404);
  }

  private static String firstPage(long list) {
    return "/api/todo-items?listId=" + list + "&pageNumber=1&pageSize=10";
  }

  private static String firstPageByCursor(long list) {
    return "/api/todo-items?listId=" + list + "&cursor=first&pageSize=10";
  }
}
