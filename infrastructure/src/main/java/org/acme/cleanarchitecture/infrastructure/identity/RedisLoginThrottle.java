package org.acme.cleanarchitecture.infrastructure.identity;

import io.quarkus.arc.Arc;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.acme.cleanarchitecture.application.common.exceptions.TooManyRequestsException;
import org.acme.cleanarchitecture.application.common.security.Sha256;
import org.acme.cleanarchitecture.application.users.LoginThrottle;
import org.acme.cleanarchitecture.application.users.UserAccount;
import org.acme.cleanarchitecture.infrastructure.http.ClientAddress;
import org.acme.cleanarchitecture.infrastructure.redis.RedisCalls;
import org.acme.cleanarchitecture.infrastructure.redis.RedisUse;

/**
 * Counts failed logins in Redis, so the limits hold across every instance of the service: per
 * account, and per client address while serving an HTTP request. Each count lives in a fixed window
 * that starts at its first failure. The keys hold SHA-256 hashes, never an e-mail or an address.
 *
 * <p>Every call is one atomic round trip through {@link RedisCalls}. Without an answer, logins go
 * ahead unthrottled, since refusing them would lock every user out whenever Redis is down.
 */
@ApplicationScoped
class RedisLoginThrottle implements LoginThrottle {

  static final String KEY_PREFIX = "login-throttle:";

  // The same words for both limits, so a refusal never tells whether the account exists.
  private static final String REFUSAL = "Too many failed logins; try again later.";

  // KEYS: the counters; ARGV[1]: the window in milliseconds. Only a window's first failure sets
  // the expiry, so later failures never prolong it.
  private static final String COUNT_FAILURE =
      """
      for _, key in ipairs(KEYS) do
        if redis.call('INCR', key) == 1 then
          redis.call('PEXPIRE', key, ARGV[1])
        end
      end
      """;

  // KEYS: the counters; ARGV: their limits, in the same order. Returns the milliseconds until every
  // counter at its limit has expired, or 0 if none is at its limit.
  private static final String MILLIS_UNTIL_ALLOWED =
      """
      local wait = 0
      for i, key in ipairs(KEYS) do
        if tonumber(redis.call('GET', key) or '0') >= tonumber(ARGV[i]) then
          wait = math.max(wait, redis.call('PTTL', key))
        end
      end
      return wait
      """;

  private final ReactiveRedisDataSource redis;
  private final LoginThrottleConfig config;
  private final CurrentVertxRequest currentRequest;
  private final RedisCalls redisCalls;

  RedisLoginThrottle(
      ReactiveRedisDataSource redis,
      LoginThrottleConfig config,
      CurrentVertxRequest currentRequest,
      RedisCalls redisCalls) {
    this.redis = redis;
    this.config = config;
    this.currentRequest = currentRequest;
    this.redisCalls = redisCalls;
  }

  @Override
  public void checkAllowed(String email) {
    var limits =
        List.of(
            String.valueOf(config.maxFailuresPerAccount()),
            String.valueOf(config.maxFailuresPerAddress()));
    long millisUntilAllowed =
        reply(eval(MILLIS_UNTIL_ALLOWED, countersFor(email), limits))
            .map(Response::toLong)
            .orElse(0L);
    if (millisUntilAllowed > 0) {
      throw new TooManyRequestsException(REFUSAL, Duration.ofMillis(millisUntilAllowed));
    }
  }

  @Override
  public void recordFailure(String email) {
    var window = String.valueOf(config.window().toMillis());
    reply(eval(COUNT_FAILURE, countersFor(email), List.of(window)));
  }

  @Override
  public void recordSuccess(String email) {
    reply(redis.key().del(accountCounter(email)));
  }

  /** The account's counter first, then the address's, in the order of the limits. */
  private List<String> countersFor(String email) {
    var counters = new ArrayList<String>(2);
    counters.add(accountCounter(email));
    clientAddress()
        .map(address -> KEY_PREFIX + "address:" + Sha256.hexOf(address))
        .ifPresent(counters::add);
    return counters;
  }

  private static String accountCounter(String email) {
    return KEY_PREFIX + "account:" + Sha256.hexOf(UserAccount.normaliseEmail(email));
  }

  /** The HTTP caller's address; none outside an HTTP request, such as in a scheduled job. */
  private Optional<String> clientAddress() {
    if (!Arc.container().requestContext().isActive()) {
      return Optional.empty();
    }
    return Optional.ofNullable(currentRequest.getCurrent())
        .flatMap(routingContext -> ClientAddress.of(routingContext.request()));
  }

  private Uni<Response> eval(String script, List<String> keys, List<String> arguments) {
    var command = new ArrayList<String>();
    command.add(script);
    command.add(String.valueOf(keys.size()));
    command.addAll(keys);
    command.addAll(arguments);
    return redis.execute(Command.EVAL, command.toArray(String[]::new));
  }

  /** Redis's reply, or none if Redis failed or did not answer in time. */
  private <T> Optional<T> reply(Uni<T> request) {
    return redisCalls.await(RedisUse.LOGIN_THROTTLE, request);
  }
}
