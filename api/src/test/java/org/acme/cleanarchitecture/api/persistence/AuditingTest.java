package org.acme.cleanarchitecture.api.persistence;

import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADA;
import static org.acme.cleanarchitecture.api.testsupport.TodoApi.createItem;
import static org.acme.cleanarchitecture.api.testsupport.TodoApi.createList;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.acme.cleanarchitecture.api.testsupport.TestClock;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The infrastructure stamps who created and last changed an entity, and when. */
@QuarkusTest
class AuditingTest {

  private static final Instant CREATED = Instant.parse("2026-03-01T08:00:00Z");
  private static final Instant CHANGED = Instant.parse("2026-03-02T17:30:00Z");

  @Inject TestDatabase database;
  @Inject TestClock clock;

  @BeforeEach
  void startFromEmptyDatabase() {
    database.reset();
    clock.setNow(CREATED);
  }

  @Test
  void shouldStampCreationOnInsert() {
    var list = createList(ADA, "Shopping");
    var item = createItem(ADA, list, "Milk");

    for (var table : new String[] {"todo_lists", "todo_items"}) {
      var row = auditOf(table, table.equals("todo_lists") ? list : item);
      assertThat(instant(row.get("created"))).isEqualTo(CREATED);
      assertThat(row.get("created_by")).isEqualTo(ADA.id());
      assertThat(instant(row.get("last_modified"))).isEqualTo(CREATED);
      assertThat(row.get("last_modified_by")).isEqualTo(ADA.id());
    }
  }

  @Test
  void shouldStampModificationOnUpdateAndKeepCreation() {
    var list = createList(ADA, "Shopping");
    clock.setNow(CHANGED);

    ADA.request()
        .body("{\"title\": \"Groceries\"}")
        .put("/api/todo-lists/" + list)
        .then()
        .statusCode(204);

    var row = auditOf("todo_lists", list);
    assertThat(instant(row.get("created"))).isEqualTo(CREATED);
    assertThat(instant(row.get("last_modified"))).isEqualTo(CHANGED);
    assertThat(row.get("last_modified_by")).isEqualTo(ADA.id());
  }

  @Test
  void shouldStampItemUpdateAndKeepItsCreation() {
    var item = createItem(ADA, createList(ADA, "Shopping"), "Milk");
    clock.setNow(CHANGED);

    ADA.request()
        .body("{\"title\": \"Milk\", \"done\": true}")
        .put("/api/todo-items/" + item)
        .then()
        .statusCode(204);

    var row = auditOf("todo_items", item);
    assertThat(instant(row.get("created"))).isEqualTo(CREATED);
    assertThat(row.get("created_by")).isEqualTo(ADA.id());
    assertThat(instant(row.get("last_modified"))).isEqualTo(CHANGED);
  }

  @Test
  void shouldNotStampWhenNothingChanged() {
    var list = createList(ADA, "Shopping");
    clock.setNow(CHANGED);

    ADA.request()
        .body("{\"title\": \"Shopping\"}")
        .put("/api/todo-lists/" + list)
        .then()
        .statusCode(204);

    assertThat(instant(auditOf("todo_lists", list).get("last_modified"))).isEqualTo(CREATED);
  }

  private Map<String, Object> auditOf(String table, long id) {
    // The table name comes from this test's own constants, never from input.
    return database
        .query(
            "SELECT created, created_by, last_modified, last_modified_by FROM "
                + table
                + " WHERE id = ?",
            id)
        .get(0);
  }

  private static Instant instant(Object column) {
    return column instanceof Timestamp timestamp
        ? timestamp.toInstant()
        : ((OffsetDateTime) column).toInstant();
  }
}
