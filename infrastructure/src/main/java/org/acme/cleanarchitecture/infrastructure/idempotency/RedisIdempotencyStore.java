package org.acme.cleanarchitecture.infrastructure.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.acme.cleanarchitecture.application.common.idempotency.IdempotencyClaim;
import org.acme.cleanarchitecture.application.common.idempotency.IdempotencyStore;
import org.acme.cleanarchitecture.infrastructure.redis.RedisCalls;
import org.acme.cleanarchitecture.infrastructure.redis.RedisUse;

/**
 * Idempotency keys in Redis, which every instance of the service shares. Each key holds one JSON
 * value: while its command runs, the command's fingerprint and a random token that names this
 * claim; once the command has completed, its fingerprint and result.
 *
 * <p>A claim is one {@code SET NX}, which also returns what holds the key if the claim failed. To
 * record or release, a script replaces or deletes the value only while it is still the claim made,
 * so a claim that lapsed cannot undo the claim or result that came after it. Every call goes
 * through {@link RedisCalls}: without an answer, the command runs unguarded.
 */
@ApplicationScoped
class RedisIdempotencyStore implements IdempotencyStore {

  static final String KEY_PREFIX = "idempotency:";

  // KEYS[1]: the key; ARGV[1]: the value it must still hold; ARGV[2]: its new value; ARGV[3]: the
  // new value's time to live in milliseconds. Returns 1 if it replaced the value, 0 if not.
  private static final String REPLACE_IF_UNCHANGED =
      """
      if redis.call('GET', KEYS[1]) == ARGV[1] then
        redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
        return 1
      end
      return 0
      """;

  // KEYS[1]: the key; ARGV[1]: the value it must still hold. Returns 1 if it deleted it, 0 if not.
  private static final String DELETE_IF_UNCHANGED =
      """
      if redis.call('GET', KEYS[1]) == ARGV[1] then
        return redis.call('DEL', KEYS[1])
      end
      return 0
      """;

  /**
   * What a key holds.
   *
   * @param token set while the command runs, and only then
   * @param response the command's result once it has completed
   */
  record Stored(String fingerprint, String token, JsonNode response) {}

  private final ReactiveRedisDataSource redis;
  private final ObjectMapper json;
  private final IdempotencySettings settings;
  private final RedisCalls redisCalls;

  RedisIdempotencyStore(
      ReactiveRedisDataSource redis,
      ObjectMapper json,
      IdempotencySettings settings,
      RedisCalls redisCalls) {
    this.redis = redis;
    this.json = json;
    this.settings = settings;
    this.redisCalls = redisCalls;
  }

  @Override
  public IdempotencyClaim claim(String key, String fingerprint, Type responseType) {
    var claimValue = write(new Stored(fingerprint, UUID.randomUUID().toString(), null));
    var setIfAbsent =
        redis
            .value(String.class)
            .setGet(KEY_PREFIX + key, claimValue, new SetArgs().nx().px(settings.claimTtl()))
            // Redis answers nil when the key was free; an empty Optional is no answer at all.
            .map(Optional::ofNullable);
    var answer = redisCalls.await(RedisUse.IDEMPOTENCY, setIfAbsent);
    if (answer.isEmpty()) {
      return new IdempotencyClaim.StoreUnavailable();
    }
    var holder = answer.get();
    if (holder.isEmpty()) {
      return new IdempotencyClaim.Claimed(key, fingerprint, claimValue);
    }
    return whatHolds(key, holder.get(), fingerprint, claimValue, responseType);
  }

  /** What the value that holds the key means for a command with this fingerprint. */
  private IdempotencyClaim whatHolds(
      String key, String holderValue, String fingerprint, String claimValue, Type responseType) {
    var holder = read(holderValue);
    if (holder.isPresent()) {
      if (!holder.get().fingerprint().equals(fingerprint)) {
        return new IdempotencyClaim.UsedByAnotherCommand();
      }
      if (holder.get().token() != null) {
        return new IdempotencyClaim.InFlight();
      }
      var completed = completedWith(holder.get(), responseType);
      if (completed.isPresent()) {
        return completed.get();
      }
    }
    return takeOver(key, holderValue, fingerprint, claimValue, responseType);
  }

  /**
   * Claims a key whose value can no longer be read, such as a result of a type that has changed
   * since: as if the key were free, unless another command changed it first.
   */
  private IdempotencyClaim takeOver(
      String key, String unreadable, String fingerprint, String claimValue, Type responseType) {
    var replaced =
        redisCalls.await(
            RedisUse.IDEMPOTENCY,
            replaceIfUnchanged(key, unreadable, claimValue, settings.claimTtl()));
    if (replaced.isEmpty()) {
      return new IdempotencyClaim.StoreUnavailable();
    }
    if (replaced.get().toInteger() == 1) {
      return new IdempotencyClaim.Claimed(key, fingerprint, claimValue);
    }
    return claim(key, fingerprint, responseType);
  }

  @Override
  public void record(IdempotencyClaim.Claimed claim, Object response) {
    var result = write(new Stored(claim.fingerprint(), null, json.valueToTree(response)));
    redisCalls.await(
        RedisUse.IDEMPOTENCY,
        replaceIfUnchanged(claim.key(), claim.token(), result, settings.resultTtl()));
  }

  @Override
  public void release(IdempotencyClaim.Claimed claim) {
    redisCalls.await(
        RedisUse.IDEMPOTENCY,
        redis.execute(
            Command.EVAL, DELETE_IF_UNCHANGED, "1", KEY_PREFIX + claim.key(), claim.token()));
  }

  private Uni<Response> replaceIfUnchanged(
      String key, String expected, String replacement, Duration ttl) {
    return redis.execute(
        Command.EVAL,
        REPLACE_IF_UNCHANGED,
        "1",
        KEY_PREFIX + key,
        expected,
        replacement,
        String.valueOf(ttl.toMillis()));
  }

  private String write(Stored stored) {
    try {
      return json.writeValueAsString(stored);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A command's result cannot be written as JSON", e);
    }
  }

  private Optional<Stored> read(String value) {
    try {
      return Optional.of(json.readValue(value, Stored.class))
          .filter(stored -> stored.fingerprint() != null);
    } catch (JsonProcessingException unreadable) {
      return Optional.empty();
    }
  }

  /** The completed command's result, read as its type; none if it no longer reads as that. */
  private Optional<IdempotencyClaim> completedWith(Stored completed, Type responseType) {
    try {
      Object response =
          json.readerFor(json.constructType(responseType)).readValue(completed.response());
      return Optional.of(new IdempotencyClaim.Completed(response));
    } catch (IOException | IllegalArgumentException unreadable) {
      return Optional.empty();
    }
  }
}
