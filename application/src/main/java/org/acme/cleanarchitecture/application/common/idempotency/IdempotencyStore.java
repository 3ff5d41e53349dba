package org.acme.cleanarchitecture.application.common.idempotency;

import java.lang.reflect.Type;

/**
 * Remembers which commands ran with which idempotency key, and their results, for the time a client
 * may retry. Shared by every instance of the service, so a retry is recognised whichever instance
 * it reaches.
 */
public interface IdempotencyStore {

  /**
   * Claims the key for a command in one atomic step, or says why it cannot: two commands claiming a
   * free key at once never both get it. A claim that is neither recorded nor released lapses after
   * a while, so a command that died with its process does not hold its key for ever. A recorded
   * result that can no longer be read as {@code responseType} counts as no record.
   *
   * @param key the caller's key, already made unique across callers
   * @param fingerprint identifies the command: equal exactly for equal commands
   * @param responseType what the command returns, to read a recorded result back as
   */
  IdempotencyClaim claim(String key, String fingerprint, Type responseType);

  /**
   * Keeps the command's result under its key for the retention period, unless the claim has lapsed
   * and another command holds the key now.
   */
  void record(IdempotencyClaim.Claimed claim, Object response);

  /**
   * Frees the key, so that a retry runs afresh, unless the claim has lapsed and another command
   * holds the key now.
   */
  void release(IdempotencyClaim.Claimed claim);
}
