package org.acme.cleanarchitecture.api.caching;

import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADA;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADMINISTRATOR;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.GRACE;
import static org.acme.cleanarchitecture.api.testsupport.TodoApi.createItem;
import static org.acme.cleanarchitecture.api.testsupport.TodoApi.createList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.acme.cleanarchitecture.api.testsupport.CachedReads;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lists are served from the query cache, and every kind of write shows on the next read: each
 * test writes, reads twice (the second read from the cache), writes again and reads again, which
 * must show the second write, not the cached answer. One user's writes leave another user's cached
 * answers in place.
 */
@QuarkusTest
class QueryCacheTest {

  private static final String LISTS = "/api/todo-lists";

  private final TestDatabase database;
  private final CachedReads reads;

  QueryCacheTest(TestDatabase database, CachedReads reads) {
    this.database = database;
    this.reads = reads;
  }

  @BeforeEach
  void startFromEmptyDatabase() {
    database.reset();
  }

  @Test
  void shouldShowEachCreatedList() {
    createList(ADA, "Shopping");
    reads.readTwice(ADA, LISTS).body("lists.title", contains("Shopping"));

    createList(ADA, "Work");

    reads.readTwice(ADA, LISTS).body("lists.title", contains("Shopping", "Work"));
  }

  @Test
  void shouldShowEachUpdateOfAList() {
    var list = createList(ADA, "Shopping");
    updateList(list, "Groceries", "#FF5733");
    reads.readTwice(ADA, listPath(list)).body("title", equalTo("Groceries"));
    reads.readTwice(ADA, LISTS).body("lists.colour", contains("#FF5733"));

    updateList(list, "Food", "#6666FF");

    reads
        .readTwice(ADA, listPath(list))
        .body("title", equalTo("Food"))
        .body("colour", equalTo("#6666FF"));
    reads.readTwice(ADA, LISTS).body("lists.title", contains("Food"));
  }

  @Test
  void shouldShowEachCreatedItem() {
    var list = createList(ADA, "Shopping");
    createItem(ADA, list, "Milk");
    reads.readTwice(ADA, listPath(list)).body("items.title", contains("Milk"));
    reads.readTwice(ADA, LISTS).body("lists[0].items.title", contains("Milk"));

    createItem(ADA, list, "Bread");

    reads.readTwice(ADA, listPath(list)).body("items.title", containsInAnyOrder("Milk", "Bread"));
    reads.readTwice(ADA, LISTS).body("lists[0].items.title", containsInAnyOrder("Milk", "Bread"));
  }

  @Test
  void shouldShowEachUpdateOfAnItem() {
    var list = createList(ADA, "Shopping");
    var item = createItem(ADA, list, "Milk");
    updateItem(item, "Oat milk", true);
    reads
        .readTwice(ADA, listPath(list))
        .body("items[0].title", equalTo("Oat milk"))
        .body("items[0].done", equalTo(true));

    updateItem(item, "Soy milk", false);

    reads
        .readTwice(ADA, listPath(list))
        .body("items[0].title", equalTo("Soy milk"))
        .body("items[0].done", equalTo(false));
    reads.readTwice(ADA, LISTS).body("lists[0].items[0].done", equalTo(false));
  }

  @Test
  void shouldShowEachChangeOfAnItemsDetail() {
    var list = createList(ADA, "Shopping");
    var item = createItem(ADA, list, "Milk");
    updateDetail(item, list, 3, "Two litres");
    reads
        .readTwice(ADA, listPath(list))
        .body("items[0].priority", equalTo(3))
        .body("items[0].note", equalTo("Two litres"));

    updateDetail(item, list, 1, "One litre");

    reads
        .readTwice(ADA, listPath(list))
        .body("items[0].priority", equalTo(1))
        .body("items[0].note", equalTo("One litre"));
    reads.readTwice(ADA, LISTS).body("lists[0].items[0].note", equalTo("One litre"));
  }

  @Test
  void shouldShowEachMoveOfAnItemOnBothLists() {
    var shopping = createList(ADA, "Shopping");
    var work = createList(ADA, "Work");
    var item = createItem(ADA, shopping, "Milk");
    reads.readTwice(ADA, listPath(shopping)).body("items.title", contains("Milk"));
    reads.readTwice(ADA, listPath(work)).body("items", empty());

    updateDetail(item, work, 0, null);

    reads.readTwice(ADA, listPath(shopping)).body("items", empty());
    reads.readTwice(ADA, listPath(work)).body("items.title", contains("Milk"));

    updateDetail(item, shopping, 0, null);

    reads.readTwice(ADA, listPath(shopping)).body("items.title", contains("Milk"));
    reads.readTwice(ADA, listPath(work)).body("items", empty());
  }

  @Test
  void shouldShowEachDeletedItemGone() {
    var list = createList(ADA, "Shopping");
    var milk = createItem(ADA, list, "Milk");
    var bread = createItem(ADA, list, "Bread");
    deleteItem(milk);
    reads.readTwice(ADA, listPath(list)).body("items.title", contains("Bread"));

    deleteItem(bread);

    reads.readTwice(ADA, listPath(list)).body("items", empty());
    reads.readTwice(ADA, LISTS).body("lists[0].items", empty());
  }

  @Test
  void shouldShowEachDeletedListGone() {
    var shopping = createList(ADA, "Shopping");
    var work = createList(ADA, "Work");
    reads.readTwice(ADA, listPath(work));
    ADA.request().delete(listPath(shopping)).then().statusCode(204);
    reads.readTwice(ADA, LISTS).body("lists.title", contains("Work"));

    ADA.request().delete(listPath(work)).then().statusCode(204);

    reads.readTwice(ADA, LISTS).body("lists", empty());
    ADA.request().get(listPath(work)).then().statusCode(404);
  }

  @Test
  void shouldShowEveryUsersListsGoneAfterAPurge() {
    createList(ADA, "Shopping");
    createList(GRACE, "Work");
    reads.readTwice(ADA, LISTS).body("lists.title", contains("Shopping"));
    reads.readTwice(GRACE, LISTS).body("lists.title", contains("Work"));

    purge();

    reads.readTwice(ADA, LISTS).body("lists", empty());
    reads.readTwice(GRACE, LISTS).body("lists", empty());
    createList(GRACE, "Garden");
    reads.readTwice(GRACE, LISTS).body("lists.title", contains("Garden"));

    purge();

    reads.readTwice(GRACE, LISTS).body("lists", empty());
  }

  @Test
  void shouldKeepAnotherUsersCachedAnswersWhenOneUserWrites() {
    createList(GRACE, "Work");
    reads.readTwice(GRACE, LISTS);
    var hitsBefore = reads.hits();

    createList(ADA, "Shopping");

    GRACE.request().get(LISTS).then().statusCode(200).body("lists.title", contains("Work"));
    assertThat(reads.hits()).isEqualTo(hitsBefore + 1);
    reads.readTwice(ADA, LISTS).body("lists.title", contains("Shopping"));
  }

  private static String listPath(long list) {
    return LISTS + "/" + list;
  }

  private static void updateList(long list, String title, String colour) {
    ADA.request()
        .body(Map.of("title", title, "colour", colour))
        .put(listPath(list))
        .then()
        .statusCode(204);
  }

  private static void updateItem(long item, String title, boolean done) {
    ADA.request()
        .body(Map.of("title", title, "done", done))
        .put("/api/todo-items/" + item)
        .then()
        .statusCode(204);
  }

  private static void updateDetail(long item, long list, int priority, String note) {
    var detail = new HashMap<String, Object>();
    detail.put("listId", list);
    detail.put("priority", priority);
    detail.put("note", note);
    ADA.request().body(detail).patch("/api/todo-items/" + item + "/detail").then().statusCode(204);
  }

  private static void deleteItem(long item) {
    ADA.request().delete("/api/todo-items/" + item).then().statusCode(204);
  }

  private static void purge() {
    ADMINISTRATOR.request().delete(LISTS).then().statusCode(204);
  }
}
