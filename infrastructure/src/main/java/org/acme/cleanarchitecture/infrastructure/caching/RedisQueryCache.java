package org.acme.cleanarchitecture.infrastructure.caching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Optional;
import org.acme.cleanarchitecture.application.common.ports.QueryCache;
import org.acme.cleanarchitecture.infrastructure.redis.RedisCalls;
import org.acme.cleanarchitecture.infrastructure.redis.RedisUse;

/**
 * Query answers in Redis as JSON, each under its key with a time to live. Every read is counted in
 * {@code cache.gets}: a hit, or a miss that the query's handler answers. A miss may be a key that
 * is not there, a value that no longer reads as the answer's type (it was stored by a version of
 * the service whose answers had another shape), or Redis not answering within {@link RedisCalls}'
 * timeout.
 */
@ApplicationScoped
class RedisQueryCache implements QueryCache {

  static final String KEY_PREFIX = "query-cache:";

  private final ReactiveValueCommands<String, String> values;
  private final RedisCalls redisCalls;
  private final ObjectMapper json;
  private final Counter hits;
  private final Counter misses;

  RedisQueryCache(
      ReactiveRedisDataSource redis,
      RedisCalls redisCalls,
      ObjectMapper objectMapper,
      MeterRegistry registry) {
    this.values = redis.value(String.class);
    this.redisCalls = redisCalls;
    // Strict, so that a value of another shape fails to read instead of reading with a field
    // missing or left out; the HTTP layer's customisations of the shared mapper do not count here.
    this.json =
        objectMapper
            .copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    this.hits = gets(registry, "hit");
    this.misses = gets(registry, "miss");
  }

  @Override
  public <R> Optional<R> get(String key, Type answerType) {
    Optional<R> answer =
        redisCalls
            .await(RedisUse.QUERY_CACHE, values.get(KEY_PREFIX + key))
            .flatMap(stored -> read(stored, answerType));
    (answer.isPresent() ? hits : misses).increment();
    return answer;
  }

  @Override
  public void put(String key, Object answer, Duration timeToLive) {
    String stored;
    try {
      stored = json.writeValueAsString(answer);
    } catch (JsonProcessingException e) {
      // An answer JSON cannot hold is a mistake in its class, which the tests of the query show.
      throw new IllegalStateException(
          "Cannot write an answer of " + answer.getClass().getName() + " as JSON", e);
    }
    redisCalls.await(
        RedisUse.QUERY_CACHE, values.psetex(KEY_PREFIX + key, timeToLive.toMillis(), stored));
  }

  private <R> Optional<R> read(String stored, Type answerType) {
    try {
      return Optional.of(json.readValue(stored, json.constructType(answerType)));
    } catch (JsonProcessingException otherShape) {
      return Optional.empty();
    }
  }

  private static Counter gets(MeterRegistry registry, String result) {
    return Counter.builder("cache.gets")
        .description("Reads of the query cache: hits, and misses that the query's handler answered")
        .tag("cache", "queries")
        .tag("result", result)
        .register(registry);
  }
}
