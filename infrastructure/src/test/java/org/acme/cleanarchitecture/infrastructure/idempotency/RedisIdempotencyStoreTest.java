package org.acme.cleanarchitecture.infrastructure.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.redis.client.RedisClientName;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.acme.cleanarchitecture.application.common.idempotency.IdempotencyClaim;
import org.acme.cleanarchitecture.application.common.idempotency.IdempotencyStore;
import org.acme.cleanarchitecture.application.testsupport.FakeClock;
import org.acme.cleanarchitecture.application.testsupport.contracts.IdempotencyStoreContract;
import org.acme.cleanarchitecture.application.testsupport.contracts.IdempotencyStoreContract.Receipt;
import org.acme.cleanarchitecture.infrastructure.redis.RedisCalls;
import org.acme.cleanarchitecture.infrastructure.redis.RedisSettings;
import org.acme.cleanarchitecture.infrastructure.redis.TestRedisCalls;
import org.acme.cleanarchitecture.infrastructure.testsupport.CapturedLog;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The Redis store keeps the contract the in-memory fake keeps, against real Redis; claims a key
 * atomically however many commands try at once; lets claims lapse and results expire as configured;
 * reads what it can no longer read as no record; and when Redis is unreachable or silent, lets
 * commands run unguarded within the Redis timeout, with a warning and a count.
 */
@QuarkusTest
class RedisIdempotencyStoreTest {

  private static final String FINGERPRINT = "fingerprint of a command";
  private static final int CONCURRENT_CLAIMS = 50;
  // Room for the scheduler on a busy build machine, on top of the Redis timeout.
  private static final Duration SCHEDULING_SLACK = Duration.ofMillis(500);

  @Inject IdempotencyStore store;
  @Inject IdempotencySettings settings;
  @Inject RedisDataSource redis;
  @Inject ReactiveRedisDataSource reachableRedis;

  @Inject
  @RedisClientName("unreachable")
  ReactiveRedisDataSource unreachableRedis;

  @Inject
  @RedisClientName("silent") // see SilentRedis
  ReactiveRedisDataSource silentRedis;

  @Inject ObjectMapper json;
  @Inject RedisCalls redisCalls;
  @Inject RedisSettings redisSettings;

  private final String key = "test:" + UUID.randomUUID();

  @Nested
  class Contract extends IdempotencyStoreContract {
    @Override
    protected IdempotencyStore store() {
      return store;
    }
  }

  @Test
  void shouldHoldAClaimForTheClaimTtl() {
    store.claim(key, FINGERPRINT, Receipt.class);

    assertThat(Duration.ofMillis(redis.key().pttl(redisKey())))
        .isPositive()
        .isLessThanOrEqualTo(settings.claimTtl())
        .isGreaterThan(settings.claimTtl().minusSeconds(5));
  }

  @Test
  void shouldKeepAResultForTheResultTtl() {
    var claimed = (IdempotencyClaim.Claimed) store.claim(key, FINGERPRINT, Receipt.class);

    store.record(claimed, new Receipt(42, "Groceries"));

    assertThat(Duration.ofMillis(redis.key().pttl(redisKey())))
        .isLessThanOrEqualTo(settings.resultTtl())
        .isGreaterThan(settings.resultTtl().minusSeconds(5));
  }

  @Test
  void shouldFreeAKeyWhoseClaimHasLapsed() throws InterruptedException {
    var storeWithShortClaims =
        storeOn(reachableRedis, new Settings(Duration.ofMillis(100), settings.resultTtl()));
    storeWithShortClaims.claim(key, FINGERPRINT, Receipt.class);

    Thread.sleep(150);

    assertThat(storeWithShortClaims.claim(key, FINGERPRINT, Receipt.class))
        .isInstanceOf(IdempotencyClaim.Claimed.class);
  }

  @Test
  void shouldGiveAKeyToExactlyOneOfManyCommandsClaimingItAtOnce() throws Exception {
    var claims = claimConcurrently(CONCURRENT_CLAIMS);

    assertThat(claims).filteredOn(IdempotencyClaim.Claimed.class::isInstance).hasSize(1);
    assertThat(claims)
        .filteredOn(IdempotencyClaim.InFlight.class::isInstance)
        .hasSize(CONCURRENT_CLAIMS - 1);
  }

  @Test
  void shouldKeepTheResultAsJsonWithTheCommandsFingerprint() {
    var claimed = (IdempotencyClaim.Claimed) store.claim(key, FINGERPRINT, Receipt.class);
    store.record(claimed, new Receipt(42, "Groceries"));

    assertThat(redis.value(String.class).get(redisKey()))
        .isEqualTo(
            "{\"fingerprint\":\"fingerprint of a command\",\"token\":null,"
                + "\"response\":{\"id\":42,\"title\":\"Groceries\"}}");
  }

  @Test
  void shouldTreatAResultThatNoLongerReadsAsItsTypeAsNoRecord() {
    var claimed = (IdempotencyClaim.Claimed) store.claim(key, FINGERPRINT, Receipt.class);
    store.record(claimed, new Receipt(42, "Groceries"));

    assertThat(store.claim(key, FINGERPRINT, Long.class))
        .isInstanceOf(IdempotencyClaim.Claimed.class);
    assertThat(store.claim(key, FINGERPRINT, Long.class))
        .isInstanceOf(IdempotencyClaim.InFlight.class);
  }

  @Test
  void shouldTreatAValueThatIsNotARecordAsNoRecord() {
    redis.value(String.class).set(redisKey(), "not what the store writes");

    assertThat(store.claim(key, FINGERPRINT, Receipt.class))
        .isInstanceOf(IdempotencyClaim.Claimed.class);
  }

  @Test
  void shouldLetCommandsRunUnguardedWithinTheTimeoutWhenRedisIsUnreachable() {
    var storeOnUnreachableRedis = storeOn(unreachableRedis, settings);

    assertThat(withinTheTimeout(() -> storeOnUnreachableRedis.claim(key, FINGERPRINT, Long.class)))
        .isInstanceOf(IdempotencyClaim.StoreUnavailable.class);
    var claimed = new IdempotencyClaim.Claimed(key, FINGERPRINT, "a claim made before");
    answersWithinTheTimeout(() -> storeOnUnreachableRedis.record(claimed, 42L));
    answersWithinTheTimeout(() -> storeOnUnreachableRedis.release(claimed));
  }

  @Test
  void shouldLetCommandsRunUnguardedWithinTheTimeoutWhenRedisDoesNotAnswer() {
    var storeOnSilentRedis = storeOn(silentRedis, settings);

    assertThat(withinTheTimeout(() -> storeOnSilentRedis.claim(key, FINGERPRINT, Long.class)))
        .isInstanceOf(IdempotencyClaim.StoreUnavailable.class);
    var claimed = new IdempotencyClaim.Claimed(key, FINGERPRINT, "a claim made before");
    answersWithinTheTimeout(() -> storeOnSilentRedis.record(claimed, 42L));
    answersWithinTheTimeout(() -> storeOnSilentRedis.release(claimed));
  }

  @Test
  void shouldWarnAndCountThatRepeatedCreatesAreNotRecognisedWithoutRedis() {
    MeterRegistry registry = new SimpleMeterRegistry();
    var calls = TestRedisCalls.of(redisSettings, new FakeClock(), registry);
    var storeOnUnreachableRedis =
        new RedisIdempotencyStore(unreachableRedis, json, settings, calls);

    try (var log = CapturedLog.of(RedisCalls.class)) {
      storeOnUnreachableRedis.claim(key, FINGERPRINT, Long.class);
      storeOnUnreachableRedis.claim(key, FINGERPRINT, Long.class);

      assertThat(log.warnings())
          .singleElement()
          .satisfies(
              warning ->
                  assertThat(warning.getMessage()).contains("repeated creates are not recognised"));
    }
    assertThat(registry.get("redis.unavailable").tag("use", "idempotency").counter().count())
        .isEqualTo(2);
  }

  private String redisKey() {
    return RedisIdempotencyStore.KEY_PREFIX + key;
  }

  private RedisIdempotencyStore storeOn(
      ReactiveRedisDataSource redis, IdempotencySettings idempotencySettings) {
    return new RedisIdempotencyStore(redis, json, idempotencySettings, redisCalls);
  }

  private ArrayList<IdempotencyClaim> claimConcurrently(int claims) throws Exception {
    var pool = Executors.newFixedThreadPool(claims);
    try {
      var start = new CountDownLatch(1);
      var pending = new ArrayList<Future<IdempotencyClaim>>();
      for (var claim = 0; claim < claims; claim++) {
        pending.add(
            pool.submit(
                () -> {
                  start.await();
                  return store.claim(key, FINGERPRINT, Receipt.class);
                }));
      }
      start.countDown();
      var results = new ArrayList<IdempotencyClaim>();
      for (var claim : pending) {
        results.add(claim.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private <T> T withinTheTimeout(Supplier<T> call) {
    var started = System.nanoTime();
    var result = call.get();
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isLessThan(redisSettings.timeout().plus(SCHEDULING_SLACK));
    return result;
  }

  private void answersWithinTheTimeout(Runnable call) {
    withinTheTimeout(
        () -> {
          assertThatCode(call::run).doesNotThrowAnyException();
          return null;
        });
  }

  private record Settings(Duration claimTtl, Duration resultTtl) implements IdempotencySettings {}
}
