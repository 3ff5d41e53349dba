package org.acme.cleanarchitecture.infrastructure.redis;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The one way the service calls Redis: every call waits at most {@code app.redis.timeout}, and when
 * Redis fails or does not answer in time, the caller gets no answer and goes on without Redis.
 * Redis only ever helps (a cache, limits, de-duplication), so its outage degrades the service and
 * never breaks it. Each call that went without Redis is counted in {@code redis.unavailable},
 * tagged by use, and logged as a warning at most once per {@link #WARNING_INTERVAL} and use, so an
 * outage under load does not flood the log.
 */
@ApplicationScoped
public class RedisCalls {

  static final Duration WARNING_INTERVAL = Duration.ofMinutes(1);

  private static final Logger LOG = Logger.getLogger(RedisCalls.class);

  private final Duration timeout;
  private final Clock clock;
  private final Map<RedisUse, Counter> unavailable = new EnumMap<>(RedisUse.class);
  private final Map<RedisUse, AtomicReference<Instant>> nextWarningDue =
      new EnumMap<>(RedisUse.class);

  RedisCalls(RedisSettings settings, Clock clock, MeterRegistry registry) {
    this.timeout = settings.timeout();
    this.clock = clock;
    for (var use : RedisUse.values()) {
      unavailable.put(
          use,
          Counter.builder("redis.unavailable")
              .description("Calls that went on without Redis, which failed or did not answer")
              .tag("use", use.tag())
              .register(registry));
      nextWarningDue.put(use, new AtomicReference<>(Instant.MIN));
    }
  }

  /** Waits for Redis's answer, blocking the calling thread no longer than the timeout. */
  public <T> Optional<T> await(RedisUse use, Uni<T> call) {
    try {
      return Optional.ofNullable(call.await().atMost(timeout));
    } catch (RuntimeException unanswered) {
      wentWithout(use, unanswered);
      return Optional.empty();
    }
  }

  /** The same, without blocking: for code on the event loop, such as an HTTP route. */
  public <T> Uni<Optional<T>> bounded(RedisUse use, Uni<T> call) {
    return call.ifNoItem()
        .after(timeout)
        .fail()
        .map(Optional::ofNullable)
        .onFailure()
        .recoverWithItem(
            unanswered -> {
              wentWithout(use, unanswered);
              return Optional.empty();
            });
  }

  private void wentWithout(RedisUse use, Throwable cause) {
    unavailable.get(use).increment();
    var now = clock.instant();
    var due = nextWarningDue.get(use);
    var dueAt = due.get();
    // Of the callers failing at the same moment, only the one that moves the due time on warns.
    if (!now.isBefore(dueAt) && due.compareAndSet(dueAt, now.plus(WARNING_INTERVAL))) {
      LOG.warnf(
          "Redis did not answer, so %s (this warning repeats at most every %d seconds while it"
              + " lasts): %s",
          use.withoutRedis(), WARNING_INTERVAL.toSeconds(), cause);
    }
  }
}
