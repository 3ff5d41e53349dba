package org.acme.cleanarchitecture.application.common.ports;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Optional;

/**
 * Answers to queries, kept for a while under keys the caching behaviour builds. The cache only ever
 * saves work: when it cannot answer, or answers with something it cannot read back, the query runs
 * as if nothing had been cached.
 */
public interface QueryCache {

  /**
   * Whether queries are cached at all. Switched off, the caching behaviour leaves queries alone,
   * but commands still advance generations, so that instances sharing the cache with it on stay
   * fresh.
   */
  boolean isEnabled();

  /**
   * The answer stored under the key, read back as the given type. Empty when there is none, when
   * the stored value no longer reads as that type (the answer's class has changed since), or when
   * the cache does not answer in time.
   */
  <R> Optional<R> get(String key, Type answerType);

  /**
   * Stores the answer under the key for the given time, or gives up if the cache does not answer.
   */
  void put(String key, Object answer, Duration timeToLive);
}
