package org.acme.cleanarchitecture.infrastructure.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.quarkus.redis.client.RedisClientName;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.acme.cleanarchitecture.application.common.exceptions.TooManyRequestsException;
import org.acme.cleanarchitecture.application.users.LoginThrottle;
import org.acme.cleanarchitecture.infrastructure.redis.RedisCalls;
import org.acme.cleanarchitecture.infrastructure.redis.RedisSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The login throttle against real Redis: it counts failed logins per account and per HTTP caller's
 * address, refuses either at its limit until the window frees up, and when Redis is unreachable or
 * silent lets logins through within the Redis timeout.
 */
@QuarkusTest
class RedisLoginThrottleTest {

  private static final String ADA = "ada@example.com";
  private static final String GRACE = "grace@example.com";
  private static final int CONCURRENT_FAILURES = 50;
  // Room for the scheduler on a busy build machine, yet far below the Redis client's own timeouts,
  // so a call that waited for one of those still fails the test.
  private static final Duration SCHEDULING_SLACK = Duration.ofMillis(500);

  @Inject LoginThrottle throttle;
  @Inject LoginThrottleConfig config;
  @Inject RedisDataSource redis;
  @Inject ReactiveRedisDataSource reachableRedis;

  @Inject
  @RedisClientName("unreachable")
  ReactiveRedisDataSource unreachableRedis;

  @Inject
  @RedisClientName("silent") // see SilentRedis
  ReactiveRedisDataSource silentRedis;

  @Inject CurrentVertxRequest currentRequest;
  @Inject RedisCalls redisCalls;
  @Inject RedisSettings redisSettings;

  @BeforeEach
  void forgetEveryFailure() {
    var keys = redis.key().keys(RedisLoginThrottle.KEY_PREFIX + "*");
    if (!keys.isEmpty()) {
      redis.key().del(keys.toArray(String[]::new));
    }
  }

  @Test
  void shouldAllowAnAccountBelowItsLimit() {
    failLogins(throttle, ADA, config.maxFailuresPerAccount() - 1);

    assertThatCode(() -> throttle.checkAllowed(ADA)).doesNotThrowAnyException();
  }

  @Test
  void shouldRefuseAnAccountAtItsLimitUntilTheWindowFreesUp() {
    failLogins(throttle, ADA, config.maxFailuresPerAccount());

    assertThatThrownBy(() -> throttle.checkAllowed(ADA))
        .isInstanceOfSatisfying(
            TooManyRequestsException.class,
            refused ->
                assertThat(refused.retryAfter().orElseThrow())
                    .isPositive()
                    .isLessThanOrEqualTo(config.window()));
  }

  @Test
  void shouldAllowTheAccountAgainOnceTheWindowHasPassed() throws InterruptedException {
    var throttleWithShortWindow = throttleOn(reachableRedis, withWindow(Duration.ofMillis(200)));
    failLogins(throttleWithShortWindow, ADA, config.maxFailuresPerAccount());
    var refused =
        catchThrowableOfType(
            TooManyRequestsException.class, () -> throttleWithShortWindow.checkAllowed(ADA));

    Thread.sleep(refused.retryAfter().orElseThrow().toMillis() + 1);

    assertThatCode(() -> throttleWithShortWindow.checkAllowed(ADA)).doesNotThrowAnyException();
  }

  @Test
  void shouldCountAnEmailWrittenDifferentlyAsTheSameAccount() {
    failLogins(throttle, " Ada@Example.COM ", config.maxFailuresPerAccount());

    assertThatThrownBy(() -> throttle.checkAllowed(ADA))
        .isInstanceOf(TooManyRequestsException.class);
  }

  @Test
  void shouldForgetTheAccountsFailuresOnSuccess() {
    failLogins(throttle, ADA, config.maxFailuresPerAccount());

    throttle.recordSuccess(ADA);

    assertThatCode(() -> throttle.checkAllowed(ADA)).doesNotThrowAnyException();
  }

  @Test
  void shouldCountEachAccountOnItsOwn() {
    failLogins(throttle, ADA, config.maxFailuresPerAccount());

    assertThatCode(() -> throttle.checkAllowed(GRACE)).doesNotThrowAnyException();
  }

  @Test
  void shouldRefuseAnAddressAtItsLimitWhateverTheAccount() {
    failLoginsOverHttpForDifferentAccounts(config.maxFailuresPerAddress());

    checkOverHttp(ADA).statusCode(429);
  }

  @Test
  void shouldRefuseAccountAndAddressInTheSameWords() {
    failLogins(throttle, ADA, config.maxFailuresPerAccount());
    var accountRefusal =
        catchThrowableOfType(TooManyRequestsException.class, () -> throttle.checkAllowed(ADA));
    forgetEveryFailure();
    failLoginsOverHttpForDifferentAccounts(config.maxFailuresPerAddress());

    var addressRefusal = checkOverHttp(GRACE).statusCode(429).extract().asString();

    assertThat(addressRefusal).isEqualTo(accountRefusal.getMessage());
  }

  @Test
  void shouldKeepTheAddressCountAfterASuccess() {
    failLoginsOverHttpForDifferentAccounts(config.maxFailuresPerAddress());

    given().post("/login-attempts/{email}/successes", ADA).then().statusCode(204);

    checkOverHttp(ADA).statusCode(429);
  }

  @Test
  void shouldCountOnlyTheAccountOutsideAnHttpRequest() {
    IntStream.range(0, config.maxFailuresPerAddress())
        .forEach(account -> throttle.recordFailure(accountEmail(account)));

    checkOverHttp(ADA).statusCode(204);
  }

  @Test
  void shouldKeepEmailsAndAddressesOutOfRedisKeys() {
    given().post("/login-attempts/{email}/failures", ADA).then().statusCode(204);

    assertThat(redis.key().keys(RedisLoginThrottle.KEY_PREFIX + "*"))
        .hasSize(2)
        .allMatch(key -> key.matches("login-throttle:(account|address):[0-9a-f]{64}"));
  }

  @Test
  void shouldCountEveryOneOfManyConcurrentFailures() throws Exception {
    var throttleAllowingOneMore =
        throttleOn(reachableRedis, withAccountLimit(CONCURRENT_FAILURES + 1));

    failConcurrently(throttleAllowingOneMore, ADA, CONCURRENT_FAILURES);
    assertThatCode(() -> throttleAllowingOneMore.checkAllowed(ADA)).doesNotThrowAnyException();

    throttleAllowingOneMore.recordFailure(ADA);
    assertThatThrownBy(() -> throttleAllowingOneMore.checkAllowed(ADA))
        .isInstanceOf(TooManyRequestsException.class);
  }

  @Test
  void shouldLetLoginsThroughWithinTheTimeoutWhenRedisIsUnreachable() {
    var throttleOnUnreachableRedis = throttleOn(unreachableRedis, config);

    for (var attempt = 0; attempt < config.maxFailuresPerAccount(); attempt++) {
      answersWithinTheTimeout(() -> throttleOnUnreachableRedis.recordFailure(ADA));
    }
    answersWithinTheTimeout(() -> throttleOnUnreachableRedis.checkAllowed(ADA));
    answersWithinTheTimeout(() -> throttleOnUnreachableRedis.recordSuccess(ADA));
  }

  @Test
  void shouldLetLoginsThroughWithinTheTimeoutWhenRedisDoesNotAnswer() {
    var throttleOnSilentRedis = throttleOn(silentRedis, config);

    answersWithinTheTimeout(() -> throttleOnSilentRedis.recordFailure(ADA));
    answersWithinTheTimeout(() -> throttleOnSilentRedis.checkAllowed(ADA));
    answersWithinTheTimeout(() -> throttleOnSilentRedis.recordSuccess(ADA));
  }

  private static void failLogins(LoginThrottle throttle, String email, int times) {
    for (var failure = 0; failure < times; failure++) {
      throttle.recordFailure(email);
    }
  }

  private static void failLoginsOverHttpForDifferentAccounts(int accounts) {
    IntStream.range(0, accounts)
        .forEach(
            account ->
                given()
                    .post("/login-attempts/{email}/failures", accountEmail(account))
                    .then()
                    .statusCode(204));
  }

  private static ValidatableResponse checkOverHttp(String email) {
    return given().get("/login-attempts/{email}", email).then();
  }

  private static String accountEmail(int account) {
    return "user" + account + "@example.com";
  }

  private static void failConcurrently(LoginThrottle throttle, String email, int failures)
      throws Exception {
    var pool = Executors.newFixedThreadPool(failures);
    try {
      var start = new CountDownLatch(1);
      var recorded =
          IntStream.range(0, failures)
              .mapToObj(
                  failure ->
                      pool.submit(
                          () -> {
                            start.await();
                            throttle.recordFailure(email);
                            return null;
                          }))
              .toList();
      start.countDown();
      for (Future<?> failure : recorded) {
        failure.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private void answersWithinTheTimeout(Runnable call) {
    var started = System.nanoTime();
    assertThatCode(call::run).doesNotThrowAnyException();
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isLessThan(redisSettings.timeout().plus(SCHEDULING_SLACK));
  }

  private RedisLoginThrottle throttleOn(
      ReactiveRedisDataSource redis, LoginThrottleConfig settings) {
    return new RedisLoginThrottle(redis, settings, currentRequest, redisCalls);
  }

  private LoginThrottleConfig withAccountLimit(int maxFailuresPerAccount) {
    return new Settings(maxFailuresPerAccount, config.maxFailuresPerAddress(), config.window());
  }

  private LoginThrottleConfig withWindow(Duration window) {
    return new Settings(config.maxFailuresPerAccount(), config.maxFailuresPerAddress(), window);
  }

  private record Settings(int maxFailuresPerAccount, int maxFailuresPerAddress, Duration window)
      implements LoginThrottleConfig {}
}
