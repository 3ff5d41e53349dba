package org.acme.cleanarchitecture.api.caching;

import static io.restassured.RestAssured.given;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADA;
import static org.acme.cleanarchitecture.api.testsupport.TodoApi.createItem;
import static org.acme.cleanarchitecture.api.testsupport.TodoApi.createList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.util.Map;
import org.acme.cleanarchitecture.api.testsupport.CachedReads;
import org.acme.cleanarchitecture.api.testsupport.OwnServers;
import org.acme.cleanarchitecture.api.testsupport.RedisServerProcess;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service without Redis: it keeps answering, bypassing the cache, and when Redis returns,
 * whether empty, with the data it had, or after leaving every call unanswered, the answers are
 * fresh and cached again, without a restart. The Redis is a server of the test's own.
 */
@QuarkusTest
@TestProfile(OwnServers.class)
class RedisOutageTest {

  private static final String LISTS = "/api/todo-lists";

  private final TestDatabase database;
  private final CachedReads reads;
  private final RedisDataSource redis;
  private final URI redisAddress;
  private RedisServerProcess server;

  RedisOutageTest(
      TestDatabase database,
      CachedReads reads,
      RedisDataSource redis,
      @ConfigProperty(name = "quarkus.redis.hosts") URI redisAddress) {
    this.database = database;
    this.reads = reads;
    this.redis = redis;
    this.redisAddress = redisAddress;
  }

  @BeforeEach
  void startRedisAndEmptyDatabase() {
    server = RedisServerProcess.startOn(redisAddress.getPort());
    database.reset();
    // Logs in while Redis is up, so the tests time only their own requests.
    ADA.token();
  }

  @AfterEach
  void removeRedis() {
    server.close();
  }

  @Test
  void shouldKeepAnsweringWhileRedisIsStopped() {
    var list = createList(ADA, "Shopping");
    reads.readTwice(ADA, LISTS);

    server.stop();

    var item = createItem(ADA, list, "Milk");
    ADA.request().body(Map.of("title", "Groceries")).put(LISTS + "/" + list).then().statusCode(204);
    ADA.request().get(LISTS).then().statusCode(200).body("lists.title", contains("Groceries"));
    ADA.request()
        .get(LISTS + "/" + list)
        .then()
        .statusCode(200)
        .body("items.title", contains("Milk"));
    ADA.request().delete("/api/todo-items/" + item).then().statusCode(204);
    given().get("/q/health/ready").then().statusCode(503);
    given().get("/q/health/live").then().statusCode(200);
  }

  @Test
  void shouldServeFreshAnswersAndCacheAgainWhenRedisRestartsEmpty() {
    var list = createList(ADA, "Shopping");
    reads.readTwice(ADA, LISTS).body("lists.title", contains("Shopping"));
    server.stop();
    rename(list, "Groceries");

    server.start();

    reads.readTwice(ADA, LISTS).body("lists.title", contains("Groceries"));
  }

  @Test
  void shouldNotServeAnAnswerFromBeforeAWriteWhenRedisRestartsWithItsData() {
    var list = createList(ADA, "Shopping");
    reads.readTwice(ADA, LISTS).body("lists.title", contains("Shopping"));
    server.saveAndStop();
    rename(list, "Groceries");

    server.start();

    assertThat(redis.key().keys("query-cache:*")).as("the answers cached before").isNotEmpty();
    reads.readTwice(ADA, LISTS).body("lists.title", contains("Groceries"));
  }

  @Test
  void shouldNotServeAnAnswerFromBeforeAWriteWhenRedisAnswersAgainAfterAPause() {
    var list = createList(ADA, "Shopping");
    reads.readTwice(ADA, LISTS).body("lists.title", contains("Shopping"));
    server.pause();
    try {
      rename(list, "Groceries");
      ADA.request().get(LISTS).then().statusCode(200).body("lists.title", contains("Groceries"));
    } finally {
      server.resume();
    }

    reads.readTwice(ADA, LISTS + "/" + list).body("title", equalTo("Groceries"));
    reads.readTwice(ADA, LISTS).body("lists.title", contains("Groceries"));
  }

  private static void rename(long list, String title) {
    ADA.request().body(Map.of("title", title)).put(LISTS + "/" + list).then().statusCode(204);
  }
}
