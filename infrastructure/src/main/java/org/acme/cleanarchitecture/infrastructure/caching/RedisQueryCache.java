package org.acme.cleanarchitecture.infrastructure.caching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Optional;
import org.acme.cleanarchitecture.application.common.ports.QueryCache;
import org.acme.cleanarchitecture.infrastructure.redis.RedisCalls;
import org.acme.cleanarchitecture.infrastructure.redis.RedisUse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Query answers in Redis as JSON, each under its key with a time to live, shared by every instance;
 * and the answers this instance read or stored lately also in memory, so that a repeated read costs
 * neither a round trip nor parsing. Keeping them in memory is safe because a key never changes its
 * meaning: it holds the caller's cache generations, so a write makes new keys rather than changing
 * what an old one holds.
 *
 * <p>Every read is counted in {@code cache.gets}: a hit, or a miss that the query's handler
 * answers. A miss may be a key that is not there, a value that no longer reads as the answer's type
 * (it was stored by a version of the service whose answers had another shape), or Redis not
 * answering within {@link RedisCalls}' timeout.
 */
@ApplicationScoped
class RedisQueryCache implements QueryCache {

  static final String KEY_PREFIX = "query-cache:";

  private static final Duration IN_MEMORY_IDLE_TIME = Duration.ofMinutes(1);

  private final ReactiveRedisDataSource redis;
  private final RedisCalls redisCalls;
  private final ObjectMapper json;
  private final Counter hits;
  private final Counter misses;
  private final boolean enabled;
  private final Cache<String, Remembered> inMemory;

  RedisQueryCache(
      ReactiveRedisDataSource redis,
      RedisCalls redisCalls,
      ObjectMapper objectMapper,
      MeterRegistry registry,
      @ConfigProperty(name = "app.query-cache.enabled", defaultValue = "true") boolean enabled,
      @ConfigProperty(name = "app.query-cache.in-memory-size", defaultValue = "32M")
          MemorySize inMemorySize) {
    // Not redis.value(...) yet: the mediator asks isEnabled() while the container starts, before
    // the Redis client is ready for use.
    this.redis = redis;
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
    this.enabled = enabled;
    // Weighed by the length of the answer's JSON, a fair measure of what it holds. An answer unread
    // for a while goes, since its key is likely obsolete by then.
    this.inMemory =
        Caffeine.newBuilder()
            .maximumWeight(inMemorySize.asLongValue())
            .weigher((String key, Remembered remembered) -> remembered.jsonLength())
            .expireAfterAccess(IN_MEMORY_IDLE_TIME)
            .build();
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  @SuppressWarnings("unchecked") // a key names its query, so it always holds the query's answer
  public <R> Optional<R> get(String key, Type answerType) {
    var remembered = inMemory.getIfPresent(key);
    if (remembered != null) {
      hits.increment();
      return Optional.of((R) remembered.answer());
    }
    Optional<R> answer =
        redisCalls
            .await(RedisUse.QUERY_CACHE, values().get(KEY_PREFIX + key))
            .flatMap(stored -> read(key, stored, answerType));
    (answer.isPresent() ? hits : misses).increment();
    return answer;
  }

  @Override
  public void put(String key, Object answer, Duration timeToLive) {
    byte[] stored;
    try {
      stored = json.writeValueAsBytes(answer);
    } catch (JsonProcessingException e) {
      // An answer JSON cannot hold is a mistake in its class, which the tests of the query show.
      throw new IllegalStateException(
          "Cannot write an answer of " + answer.getClass().getName() + " as JSON", e);
    }
    inMemory.put(key, new Remembered(answer, stored.length));
    redisCalls.await(
        RedisUse.QUERY_CACHE, values().psetex(KEY_PREFIX + key, timeToLive.toMillis(), stored));
  }

  /** Bytes, not strings: JSON parses fastest from UTF-8 bytes, and Redis stores exactly those. */
  private ReactiveValueCommands<String, byte[]> values() {
    return redis.value(byte[].class);
  }

  private <R> Optional<R> read(String key, byte[] stored, Type answerType) {
    try {
      R answer = json.readValue(stored, json.constructType(answerType));
      inMemory.put(key, new Remembered(answer, stored.length));
      return Optional.of(answer);
    } catch (IOException otherShape) {
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

  /**
   * An answer kept in memory. Every read gets the same object, as answers are records of values
   * that nobody changes.
   */
  private record Remembered(Object answer, int jsonLength) {}
}
