package org.acme.cleanarchitecture.api.common;

import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADA;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.GRACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.acme.cleanarchitecture.api.testsupport.TestUsers;
import org.acme.cleanarchitecture.api.testsupport.TodoApi;
import org.acme.cleanarchitecture.application.common.security.Sha256;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Both create endpoints accept an Idempotency-Key: the same request sent again with the key gets
 * the first response and creates nothing more, another request with the key is refused with 422,
 * one arriving while the first is still running with 409, and one user's keys never meet another's.
 */
@QuarkusTest
class IdempotentCreatesTest {

  private static final String PROBLEM_JSON = "application/problem+json";
  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final int CONCURRENT_REQUESTS = 8;

  /** The create endpoints, each with the table its creations land in. */
  enum Endpoint {
    LISTS("/api/todo-lists", "todo_lists"),
    ITEMS("/api/todo-items", "todo_items");

    private final String path;
    private final String table;

    Endpoint(String path, String table) {
      this.path = path;
      this.table = table;
    }
  }

  @Inject TestDatabase database;
  @Inject RedisDataSource redis;

  // A key of its own for every test: recorded results outlive the test, and even the run.
  private final String key = UUID.randomUUID().toString();
  private final Map<TestUsers, Long> inboxes = new EnumMap<>(TestUsers.class);

  @BeforeEach
  void startFromEmptyDatabase() {
    database.reset();
  }

  @ParameterizedTest
  @EnumSource(Endpoint.class)
  void shouldAnswerTheSameRequestWithTheSameKeyWithTheFirstResponseAndCreateOnce(
      Endpoint endpoint) {
    var first = create(endpoint, ADA, "Groceries", key);

    var repeated = create(endpoint, ADA, "Groceries", key);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(repeated.statusCode()).isEqualTo(first.statusCode());
    assertThat(repeated.header("Location")).isEqualTo(first.header("Location"));
    assertThat(repeated.asString()).isEqualTo(first.asString());
    assertThat(created(endpoint, "Groceries")).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Endpoint.class)
  void shouldRefuseADifferentRequestWithAKeyAlreadyUsed(Endpoint endpoint) {
    create(endpoint, ADA, "Groceries", key).then().statusCode(201);

    create(endpoint, ADA, "Hardware", key)
        .then()
        .statusCode(422)
        .contentType(PROBLEM_JSON)
        .body("status", equalTo(422))
        .body("title", equalTo("Unprocessable Content"))
        .body("detail", containsString(IDEMPOTENCY_KEY));
    assertThat(created(endpoint, "Hardware")).isZero();
  }

  @ParameterizedTest
  @EnumSource(Endpoint.class)
  void shouldRefuseTheSameRequestWhileTheFirstIsStillRunning(Endpoint endpoint) throws Exception {
    CompletableFuture<Response> first;
    try (var lock = database.lockAgainstWrites(endpoint.table)) {
      first = CompletableFuture.supplyAsync(() -> create(endpoint, ADA, "Groceries", key));
      lock.awaitWaitingWriter();

      create(endpoint, ADA, "Groceries", key)
          .then()
          .statusCode(409)
          .contentType(PROBLEM_JSON)
          .body("detail", containsString(IDEMPOTENCY_KEY));
    }
    var firstResponse = first.get(10, TimeUnit.SECONDS);

    assertThat(firstResponse.statusCode()).isEqualTo(201);
    assertThat(create(endpoint, ADA, "Groceries", key).header("Location"))
        .isEqualTo(firstResponse.header("Location"));
    assertThat(created(endpoint, "Groceries")).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Endpoint.class)
  void shouldCreateOnceForManyRequestsWithTheSameKeyAtOnce(Endpoint endpoint) throws Exception {
    var requests = new ArrayList<CompletableFuture<Response>>();
    for (var request = 0; request < CONCURRENT_REQUESTS; request++) {
      requests.add(CompletableFuture.supplyAsync(() -> create(endpoint, ADA, "Groceries", key)));
    }

    var created = new ArrayList<String>();
    for (var request : requests) {
      var response = request.get(10, TimeUnit.SECONDS);
      assertThat(response.statusCode()).isIn(201, 409);
      if (response.statusCode() == 201) {
        created.add(response.header("Location"));
      }
    }

    assertThat(created).isNotEmpty().containsOnly(created.get(0));
    assertThat(created(endpoint, "Groceries")).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Endpoint.class)
  void shouldKeepTheKeysOfDifferentUsersApart(Endpoint endpoint) {
    var adas = create(endpoint, ADA, "Groceries", key);

    var graces = create(endpoint, GRACE, "Groceries", key);

    assertThat(adas.statusCode()).isEqualTo(201);
    assertThat(graces.statusCode()).isEqualTo(201);
    assertThat(graces.header("Location")).isNotEqualTo(adas.header("Location"));
    assertThat(created(endpoint, "Groceries")).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Endpoint.class)
  void shouldRefuseAMalformedKeyNamingTheHeader(Endpoint endpoint) {
    for (var malformed : new String[] {"", "k".repeat(256), "tab\tinside"}) {
      create(endpoint, ADA, "Groceries", malformed)
          .then()
          .statusCode(400)
          .contentType(PROBLEM_JSON)
          .body("errors.'Idempotency-Key'", hasItem(containsString(IDEMPOTENCY_KEY)));
    }
    assertThat(created(endpoint, "Groceries")).isZero();
  }

  @Test
  void shouldKeepNeitherUserIdsNorKeysInRedis() {
    create(Endpoint.LISTS, ADA, "Groceries", key).then().statusCode(201);

    assertThat(
            redis.key().exists("idempotency:" + Sha256.hexOf(ADA.id()) + ":" + Sha256.hexOf(key)))
        .isTrue();
    assertThat(redis.key().keys("*" + key + "*")).isEmpty();
    assertThat(redis.key().keys("*" + ADA.id() + "*")).isEmpty();
  }

  private Response create(Endpoint endpoint, TestUsers user, String title, String idempotencyKey) {
    var body =
        endpoint == Endpoint.ITEMS
            ? Map.<String, Object>of("listId", inboxOf(user), "title", title)
            : Map.<String, Object>of("title", title);
    return user.request().header(IDEMPOTENCY_KEY, idempotencyKey).body(body).post(endpoint.path);
  }

  /** The user's list that items are created on, created the first time a test needs it. */
  private synchronized long inboxOf(TestUsers user) {
    return inboxes.computeIfAbsent(user, owner -> TodoApi.createList(owner, "Inbox"));
  }

  private int created(Endpoint endpoint, String title) {
    return database.query("SELECT id FROM " + endpoint.table + " WHERE title = ?", title).size();
  }
}
