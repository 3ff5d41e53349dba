package org.acme.cleanarchitecture.infrastructure.caching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.redis.client.RedisClientName;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.acme.cleanarchitecture.application.weatherforecasts.queries.getweatherforecasts.WeatherForecastDto;
import org.acme.cleanarchitecture.infrastructure.redis.RedisCalls;
import org.acme.cleanarchitecture.infrastructure.redis.RedisSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The query cache against real Redis: answers go in as JSON with their time to live and come back
 * as their type; a value of another shape, an unreachable Redis and a silent one are misses, within
 * the timeout. Hits and misses are counted.
 */
@QuarkusTest
class RedisQueryCacheTest {

  private static final Duration ONE_MINUTE = Duration.ofMinutes(1);
  // Time for the scheduler on a busy machine, on top of the timeout.
  private static final Duration SCHEDULING_SLACK = Duration.ofMillis(400);
  private static final WeatherForecastDto SUNNY =
      new WeatherForecastDto(LocalDate.parse("2026-07-01"), 23, 73, "Balmy");
  private static final Type LIST_OF_FORECASTS =
      new TypeReference<List<WeatherForecastDto>>() {}.getType();

  @Inject RedisDataSource redis;
  @Inject ReactiveRedisDataSource reachableRedis;

  @Inject
  @RedisClientName("unreachable")
  ReactiveRedisDataSource unreachableRedis;

  @Inject
  @RedisClientName("silent") // see SilentRedis
  ReactiveRedisDataSource silentRedis;

  @Inject RedisCalls redisCalls;
  @Inject RedisSettings settings;
  @Inject ObjectMapper objectMapper;

  // A registry of its own, which keeps what it counts: the service's has no backend in this module.
  private final MeterRegistry registry = new SimpleMeterRegistry();
  private RedisQueryCache cache;

  @BeforeEach
  void forgetEveryAnswer() {
    var keys = redis.key().keys(RedisQueryCache.KEY_PREFIX + "*");
    if (!keys.isEmpty()) {
      redis.key().del(keys.toArray(String[]::new));
    }
    cache = cacheOn(reachableRedis);
  }

  @Test
  void shouldReadBackTheAnswerItStored() {
    cache.put("key", SUNNY, ONE_MINUTE);

    assertThat(cache.<WeatherForecastDto>get("key", WeatherForecastDto.class)).hasValue(SUNNY);
  }

  @Test
  void shouldReadBackAnAnswerOfAGenericType() {
    cache.put("key", List.of(SUNNY), ONE_MINUTE);

    assertThat(cache.<List<WeatherForecastDto>>get("key", LIST_OF_FORECASTS))
        .hasValue(List.of(SUNNY));
  }

  @Test
  void shouldStoreJsonUnderThePrefixedKeyForTheTimeToLive() {
    cache.put("key", SUNNY, ONE_MINUTE);

    assertThat(redis.value(String.class).get("query-cache:key"))
        .startsWith("{\"date\":\"2026-07-01\",");
    assertThat(redis.key().pttl("query-cache:key"))
        .isPositive()
        .isLessThanOrEqualTo(ONE_MINUTE.toMillis());
  }

  @Test
  void shouldAnswerFromMemoryWithoutAskingRedisAgain() {
    cache.put("key", SUNNY, ONE_MINUTE);
    redis.key().del("query-cache:key");

    assertThat(cache.<WeatherForecastDto>get("key", WeatherForecastDto.class)).hasValue(SUNNY);
  }

  @Test
  void shouldShareAnswersWithOtherInstancesThroughRedis() {
    cache.put("key", SUNNY, ONE_MINUTE);

    assertThat(cacheOn(reachableRedis).<WeatherForecastDto>get("key", WeatherForecastDto.class))
        .hasValue(SUNNY);
  }

  @Test
  void shouldMissAKeyItDoesNotHold() {
    assertThat(cache.get("key", WeatherForecastDto.class)).isEmpty();
  }

  @Test
  void shouldMissAValueThatNoLongerReadsAsTheAnswerType() {
    var values = redis.value(String.class);
    ObjectNode written = objectMapper.valueToTree(SUNNY);
    values.set("query-cache:not-json", "{\"id\":");
    values.set("query-cache:field-missing", written.deepCopy().without("summary").toString());
    values.set("query-cache:field-added", written.deepCopy().put("humidity", 40).toString());
    values.set("query-cache:another-type", "[1, 2]");

    assertThat(
            List.of("not-json", "field-missing", "field-added", "another-type").stream()
                .map(key -> cache.get(key, WeatherForecastDto.class)))
        .containsOnly(Optional.empty());
  }

  @Test
  void shouldCountHitsAndMisses() {
    cache.put("key", SUNNY, ONE_MINUTE);

    cache.get("key", WeatherForecastDto.class);
    cache.get("key", WeatherForecastDto.class);
    cache.get("other key", WeatherForecastDto.class);

    assertThat(gets("hit")).isEqualTo(2);
    assertThat(gets("miss")).isEqualTo(1);
  }

  @Test
  void shouldMissWithinTheTimeoutWhenRedisIsUnreachable() {
    var cacheOnUnreachableRedis = cacheOn(unreachableRedis);

    withinTheTimeout(() -> cacheOnUnreachableRedis.put("key", SUNNY, ONE_MINUTE));
    var anotherInstance = cacheOn(unreachableRedis);
    withinTheTimeout(
        () -> assertThat(anotherInstance.get("key", WeatherForecastDto.class)).isEmpty());
    assertThat(gets("miss")).isEqualTo(1);
  }

  @Test
  void shouldMissWithinTheTimeoutWhenRedisDoesNotAnswer() {
    var cacheOnSilentRedis = cacheOn(silentRedis);

    withinTheTimeout(() -> cacheOnSilentRedis.put("key", SUNNY, ONE_MINUTE));
    var anotherInstance = cacheOn(silentRedis);
    withinTheTimeout(
        () -> assertThat(anotherInstance.get("key", WeatherForecastDto.class)).isEmpty());
    assertThat(gets("miss")).isEqualTo(1);
  }

  private RedisQueryCache cacheOn(ReactiveRedisDataSource redis) {
    return new RedisQueryCache(
        redis,
        redisCalls,
        objectMapper,
        registry,
        true,
        new MemorySize(BigInteger.valueOf(1 << 20)));
  }

  private double gets(String result) {
    return registry
        .get("cache.gets")
        .tag("cache", "queries")
        .tag("result", result)
        .counter()
        .count();
  }

  private void withinTheTimeout(Runnable call) {
    var started = System.nanoTime();
    call.run();
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isLessThan(settings.timeout().plus(SCHEDULING_SLACK));
  }
}
