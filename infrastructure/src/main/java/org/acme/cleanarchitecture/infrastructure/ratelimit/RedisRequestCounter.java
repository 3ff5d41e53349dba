package org.acme.cleanarchitecture.infrastructure.ratelimit;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.acme.cleanarchitecture.infrastructure.redis.RedisCalls;
import org.acme.cleanarchitecture.infrastructure.redis.RedisUse;

/**
 * Counts requests in Redis, in fixed windows that start at a counter's first request, so that every
 * instance of the service counts against the same number. Counting is one atomic round trip: a Lua
 * script that adds the request and reads the time left, which no other instance's request can come
 * between.
 */
@ApplicationScoped
class RedisRequestCounter {

  static final String KEY_PREFIX = "rate-limit:";

  // KEYS[1]: the counter; ARGV[1]: the window in milliseconds. Returns the count and the
  // milliseconds until the counter expires. A counter without an expiry (its first request) gets
  // one; later requests never prolong the window.
  private static final String COUNT_REQUEST =
      """
      local requests = redis.call('INCR', KEYS[1])
      local remaining = redis.call('PTTL', KEYS[1])
      if remaining < 0 then
        remaining = tonumber(ARGV[1])
        redis.call('PEXPIRE', KEYS[1], remaining)
      end
      return {requests, remaining}
      """;

  private final ReactiveRedisDataSource redis;
  private final RedisCalls redisCalls;

  RedisRequestCounter(ReactiveRedisDataSource redis, RedisCalls redisCalls) {
    this.redis = redis;
    this.redisCalls = redisCalls;
  }

  /**
   * Counts one more request on the counter, without blocking. Empty when Redis did not answer in
   * time: the request then goes uncounted.
   */
  Uni<Optional<WindowCount>> count(String counter, Duration window) {
    var countRequest =
        redis
            .execute(Command.EVAL, COUNT_REQUEST, "1", counter, String.valueOf(window.toMillis()))
            .map(RedisRequestCounter::windowCount);
    return redisCalls.bounded(RedisUse.RATE_LIMIT, countRequest);
  }

  private static WindowCount windowCount(Response reply) {
    return new WindowCount(reply.get(0).toLong(), Duration.ofMillis(reply.get(1).toLong()));
  }
}
