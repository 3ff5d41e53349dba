package org.acme.cleanarchitecture.infrastructure.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.redis.client.RedisClientName;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.acme.cleanarchitecture.infrastructure.redis.RedisCalls;
import org.acme.cleanarchitecture.infrastructure.redis.RedisSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The request counter against real Redis: one count per request in a window that starts at the
 * first and is never prolonged, atomic under concurrent requests; and no count at all, within the
 * timeout, when Redis is unreachable or silent.
 */
@QuarkusTest
class RedisRequestCounterTest {

  private static final String COUNTER = RedisRequestCounter.KEY_PREFIX + "test";
  private static final Duration WINDOW = Duration.ofMinutes(1);
  private static final int CONCURRENT_REQUESTS = 50;
  // Time for the scheduler on a busy machine, on top of the timeout.
  private static final Duration SCHEDULING_SLACK = Duration.ofMillis(400);

  @Inject RedisRequestCounter counter;
  @Inject RedisDataSource redis;
  @Inject RedisCalls redisCalls;
  @Inject RedisSettings settings;

  @Inject
  @RedisClientName("unreachable")
  ReactiveRedisDataSource unreachableRedis;

  @Inject
  @RedisClientName("silent") // see SilentRedis
  ReactiveRedisDataSource silentRedis;

  @BeforeEach
  void forgetEveryCount() {
    var counters = redis.key().keys(RedisRequestCounter.KEY_PREFIX + "*");
    if (!counters.isEmpty()) {
      redis.key().del(counters.toArray(String[]::new));
    }
  }

  @Test
  void shouldCountEveryRequestOfAWindow() {
    assertThat(requestsCounted(3)).containsExactly(1L, 2L, 3L);
  }

  @Test
  void shouldEndTheWindowNoLaterThanItsLengthAfterItsFirstRequest() {
    var first = count(COUNTER, WINDOW).orElseThrow();
    var second = count(COUNTER, WINDOW).orElseThrow();

    assertThat(first.untilReset()).isPositive().isLessThanOrEqualTo(WINDOW);
    assertThat(second.untilReset()).isLessThanOrEqualTo(first.untilReset());
  }

  @Test
  void shouldStartAFreshWindowOnceOneHasEnded() throws InterruptedException {
    var shortWindow = Duration.ofMillis(200);
    count(COUNTER, shortWindow);
    var second = count(COUNTER, shortWindow).orElseThrow();

    Thread.sleep(second.untilReset().toMillis() + 1);

    assertThat(count(COUNTER, shortWindow))
        .hasValueSatisfying(fresh -> assertThat(fresh.requests()).isOne());
  }

  @Test
  void shouldGiveACounterLeftWithoutExpiryAWindow() {
    redis.value(Long.class).set(COUNTER, 7L);

    assertThat(count(COUNTER, WINDOW))
        .hasValueSatisfying(
            count -> assertThat(count.untilReset()).isPositive().isLessThanOrEqualTo(WINDOW));
  }

  @Test
  void shouldGiveEachOfManyConcurrentRequestsItsOwnCount() throws Exception {
    var pool = Executors.newFixedThreadPool(CONCURRENT_REQUESTS);
    try {
      var start = new CountDownLatch(1);
      List<Future<Long>> counted =
          IntStream.range(0, CONCURRENT_REQUESTS)
              .mapToObj(
                  request ->
                      pool.submit(
                          () -> {
                            start.await();
                            return count(COUNTER, WINDOW).orElseThrow().requests();
                          }))
              .toList();
      start.countDown();
      var counts = new ArrayList<Long>();
      for (var count : counted) {
        counts.add(count.get());
      }

      assertThat(counts)
          .containsExactlyInAnyOrderElementsOf(
              LongStream.rangeClosed(1, CONCURRENT_REQUESTS).boxed().toList());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void shouldLeaveTheRequestUncountedWithinTheTimeoutWhenRedisIsUnreachable() {
    assertThat(withinTheTimeout(new RedisRequestCounter(unreachableRedis, redisCalls))).isEmpty();
  }

  @Test
  void shouldLeaveTheRequestUncountedWithinTheTimeoutWhenRedisDoesNotAnswer() {
    assertThat(withinTheTimeout(new RedisRequestCounter(silentRedis, redisCalls))).isEmpty();
  }

  @Test
  void shouldKeepClientAddressesOutOfRedisKeys() {
    given().get("/login-attempts/{email}", "ada@example.com").then().statusCode(204);

    assertThat(redis.key().keys(RedisRequestCounter.KEY_PREFIX + "*"))
        .singleElement()
        .satisfies(key -> assertThat(key).matches("rate-limit:address:[0-9a-f]{64}"));
  }

  private List<Long> requestsCounted(int requests) {
    return IntStream.range(0, requests)
        .mapToObj(request -> count(COUNTER, WINDOW).orElseThrow().requests())
        .toList();
  }

  private Optional<WindowCount> count(String counterKey, Duration window) {
    return counter.count(counterKey, window).await().indefinitely();
  }

  private Optional<WindowCount> withinTheTimeout(RedisRequestCounter counterOnBrokenRedis) {
    var started = System.nanoTime();
    var count = counterOnBrokenRedis.count(COUNTER, WINDOW).await().indefinitely();
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isLessThan(settings.timeout().plus(SCHEDULING_SLACK));
    return count;
  }
}
