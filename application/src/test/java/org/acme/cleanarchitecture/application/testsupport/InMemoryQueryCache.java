package org.acme.cleanarchitecture.application.testsupport;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.acme.cleanarchitecture.application.common.ports.QueryCache;

/**
 * A query cache in a map that never expires. A value stored under a key reads back only as its own
 * class, as a value of another shape would fail to read from the real cache.
 */
public final class InMemoryQueryCache implements QueryCache {

  /** What a key holds, with the time to live it was stored for. */
  public record Entry(Object answer, Duration timeToLive) {}

  private final Map<String, Entry> entries = new HashMap<>();
  private final boolean enabled;

  public InMemoryQueryCache() {
    this(true);
  }

  private InMemoryQueryCache(boolean enabled) {
    this.enabled = enabled;
  }

  /** A cache switched off, as {@code app.query-cache.enabled=false} switches off the real one. */
  public static InMemoryQueryCache off() {
    return new InMemoryQueryCache(false);
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <R> Optional<R> get(String key, Type answerType) {
    var rawType =
        answerType instanceof ParameterizedType generic ? generic.getRawType() : answerType;
    return Optional.ofNullable(entries.get(key))
        .map(Entry::answer)
        .filter(((Class<?>) rawType)::isInstance)
        .map(answer -> (R) answer);
  }

  @Override
  public void put(String key, Object answer, Duration timeToLive) {
    entries.put(key, new Entry(answer, timeToLive));
  }

  /** Every key and what it holds. */
  public Map<String, Entry> entries() {
    return entries;
  }
}
