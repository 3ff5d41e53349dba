package org.acme.cleanarchitecture.infrastructure.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.redis.client.RedisClientName;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.acme.cleanarchitecture.application.testsupport.FakeClock;
import org.acme.cleanarchitecture.infrastructure.testsupport.CapturedLog;
import org.junit.jupiter.api.Test;

/**
 * Every use of Redis waits a bounded time and goes on without it, with a warning that does not
 * repeat on every call and a count of the calls that went without.
 */
@QuarkusTest
class RedisCallsTest {

  // Time for the scheduler on a busy machine, on top of the timeout.
  private static final Duration SCHEDULING_SLACK = Duration.ofMillis(400);

  @Inject ReactiveRedisDataSource redis;

  @Inject
  @RedisClientName("unreachable")
  ReactiveRedisDataSource unreachableRedis;

  @Inject
  @RedisClientName("silent") // see SilentRedis
  ReactiveRedisDataSource silentRedis;

  @Inject RedisSettings settings;

  private final FakeClock clock = new FakeClock();
  // A registry of its own, which keeps what it counts: the service's has no backend in this module.
  private final MeterRegistry registry = new SimpleMeterRegistry();

  @Test
  void shouldReturnRedisAnswer() {
    assertThat(calls().await(RedisUse.QUERY_CACHE, ping(redis)).map(Response::toString))
        .hasValue("PONG");
  }

  @Test
  void shouldReturnRedisAnswerWithoutBlocking() {
    var answer =
        calls().bounded(RedisUse.RATE_LIMIT, ping(redis)).await().atMost(Duration.ofSeconds(5));

    assertThat(answer.map(Response::toString)).hasValue("PONG");
  }

  @Test
  void shouldGoOnWithoutAnAnswerWhenRedisIsUnreachable() {
    var calls = calls();

    assertThat(withinTheTimeout(() -> calls.await(RedisUse.QUERY_CACHE, ping(unreachableRedis))))
        .isEmpty();
    assertThat(
            withinTheTimeout(
                () ->
                    calls
                        .bounded(RedisUse.RATE_LIMIT, ping(unreachableRedis))
                        .await()
                        .indefinitely()))
        .isEmpty();
  }

  @Test
  void shouldGoOnWithoutAnAnswerWhenRedisDoesNotAnswerInTime() {
    var calls = calls();

    assertThat(withinTheTimeout(() -> calls.await(RedisUse.IDEMPOTENCY, ping(silentRedis))))
        .isEmpty();
    assertThat(
            withinTheTimeout(
                () ->
                    calls.bounded(RedisUse.IDEMPOTENCY, ping(silentRedis)).await().indefinitely()))
        .isEmpty();
  }

  @Test
  void shouldCountEveryCallThatWentWithoutRedisByUse() {
    var calls = calls();

    calls.await(RedisUse.LOGIN_THROTTLE, ping(unreachableRedis));
    calls.await(RedisUse.LOGIN_THROTTLE, ping(unreachableRedis));
    calls.await(RedisUse.LOGIN_THROTTLE, ping(redis));

    assertThat(unavailable(RedisUse.LOGIN_THROTTLE)).isEqualTo(2);
    assertThat(unavailable(RedisUse.QUERY_CACHE)).isZero();
  }

  @Test
  void shouldWarnOncePerIntervalAndUseSayingWhatGoesWithout() {
    var calls = calls();

    try (var log = CapturedLog.of(RedisCalls.class)) {
      calls.await(RedisUse.QUERY_CACHE, ping(unreachableRedis));
      calls.await(RedisUse.QUERY_CACHE, ping(unreachableRedis));
      assertThat(log.warnings())
          .singleElement()
          .satisfies(
              warning -> assertThat(warning.getMessage()).contains("queries bypass the cache"));

      calls.await(RedisUse.RATE_LIMIT, ping(unreachableRedis));
      assertThat(log.warnings()).hasSize(2);

      clock.advance(RedisCalls.WARNING_INTERVAL.minusSeconds(1));
      calls.await(RedisUse.QUERY_CACHE, ping(unreachableRedis));
      assertThat(log.warnings()).hasSize(2);

      clock.advance(Duration.ofSeconds(1));
      calls.await(RedisUse.QUERY_CACHE, ping(unreachableRedis));
      assertThat(log.warnings()).hasSize(3);
    }
  }

  private RedisCalls calls() {
    return new RedisCalls(settings, clock, registry);
  }

  private static io.smallrye.mutiny.Uni<Response> ping(ReactiveRedisDataSource redis) {
    return redis.execute(Command.PING);
  }

  private double unavailable(RedisUse use) {
    return registry.get("redis.unavailable").tag("use", use.tag()).counter().count();
  }

  private <T> Optional<T> withinTheTimeout(Supplier<Optional<T>> call) {
    var started = System.nanoTime();
    var answer = call.get();
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isLessThan(settings.timeout().plus(SCHEDULING_SLACK));
    return answer;
  }
}
