package org.acme.cleanarchitecture.api.todoitems;

import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADA;
import static org.acme.cleanarchitecture.api.testsupport.TodoApi.createList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Paging through a list's items by following {@code nextCursor}, from one page to the next. */
@QuarkusTest
class TodoItemsCursorPagingTest {

  private static final String PROBLEM_JSON = "application/problem+json";
  private static final int ITEMS = 200;
  private static final int PAGE_SIZE = 7;

  @Inject TestDatabase database;

  private long shopping;

  @BeforeEach
  void startWithAListOfTwoHundredItems() {
    database.reset();
    shopping = createList(ADA, "Shopping");
    for (int number = 1; number <= ITEMS; number++) {
      insertItem("Item %03d".formatted(number));
    }
  }

  @Test
  void shouldWalkEveryItemOnceInOrderWhileOthersAreAdded() {
    var original = idsInPageOrder();
    var walking = new AtomicBoolean(true);
    var added = new AtomicInteger();
    var adding =
        CompletableFuture.runAsync(
            () -> {
              // Bounded, or items added behind the walk could keep it from ever reaching the end.
              while (walking.get() && added.get() < ITEMS) {
                // Lands before, at or after the page being read: "Item 042 new" follows "Item 042".
                var beside = ThreadLocalRandom.current().nextInt(1, ITEMS + 1);
                insertItem("Item %03d new".formatted(beside));
                added.incrementAndGet();
              }
            });

    var walked = new ArrayList<Long>();
    var page = firstPage();
    walked.addAll(page.getList("items.id", Long.class));
    while (page.getString("nextCursor") != null) {
      page = pageAfter(page.getString("nextCursor"));
      walked.addAll(page.getList("items.id", Long.class));
    }
    walking.set(false);
    adding.join();

    assertThat(added).hasPositiveValue();
    assertThat(walked).doesNotHaveDuplicates().containsAll(original);
    var finalOrderOfTheWalked = idsInPageOrder().stream().filter(walked::contains).toList();
    assertThat(walked).isEqualTo(finalOrderOfTheWalked);
  }

  @Test
  void shouldStartAtTheFirstPageWithoutCountingForTheCursorFirst() {
    var page = firstPage();

    assertThat(page.getList("items.title")).hasSize(PAGE_SIZE).first().isEqualTo("Item 001");
    assertThat(page.getMap(""))
        .containsEntry("totalCount", null)
        .containsEntry("hasPreviousPage", false)
        .containsEntry("hasNextPage", true);
  }

  @Test
  void shouldNeitherNumberNorCountAPageAfterACursor() {
    var page = pageAfter(firstPage().getString("nextCursor"));

    assertThat(page.getList("items.title")).hasSize(PAGE_SIZE).first().isEqualTo("Item 008");
    assertThat(page.getMap(""))
        .containsEntry("pageNumber", null)
        .containsEntry("totalPages", null)
        .containsEntry("totalCount", null)
        .containsEntry("hasPreviousPage", true)
        .containsEntry("hasNextPage", true);
    assertThat(page.getString("nextCursor")).isNotBlank();
  }

  @Test
  void shouldRefuseACursorThatThisServiceDidNotReturn() {
    ADA.request()
        .queryParam("listId", shopping)
        .queryParam("cursor", "not-a-cursor")
        .get("/api/todo-items")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body(
            "errors.cursor",
            contains("The cursor must be a nextCursor this service returned, unchanged."));
  }

  @Test
  void shouldRefuseACursorOfAnotherList() {
    var cursor = firstPage().getString("nextCursor");
    var chores = createList(ADA, "Chores");

    ADA.request()
        .queryParam("listId", chores)
        .queryParam("cursor", cursor)
        .get("/api/todo-items")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors.cursor", contains("The cursor belongs to the pages of another list."));
  }

  @Test
  void shouldRefuseACursorTogetherWithAPageNumber() {
    ADA.request()
        .queryParam("listId", shopping)
        .queryParam("pageNumber", 2)
        .queryParam("cursor", firstPage().getString("nextCursor"))
        .get("/api/todo-items")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body(
            "errors.cursor",
            contains(
                "Send either a cursor or a page number, not both: the cursor already says where"
                    + " the page starts."));
  }

  private JsonPath firstPage() {
    return pageAfter("first");
  }

  private JsonPath pageAfter(String cursor) {
    return ADA.request()
        .queryParam("listId", shopping)
        .queryParam("pageSize", PAGE_SIZE)
        .queryParam("cursor", cursor)
        .get("/api/todo-items")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private void insertItem(String title) {
    database.update(
        "INSERT INTO todo_items (id, list_id, title) VALUES (nextval('todo_item_ids'), ?, ?)",
        shopping,
        title);
  }

  /** The list's item ids in the order the database sorts its pages, whatever its collation. */
  private List<Long> idsInPageOrder() {
    return database
        .query("SELECT id FROM todo_items WHERE list_id = ? ORDER BY title, id", shopping)
        .stream()
        .map(row -> (Long) row.get("id"))
        .toList();
  }
}
