package org.acme.cleanarchitecture.application.common.idempotency;

/** What an {@link IdempotencyStore} knows of a key at the moment a command claims it. */
public sealed interface IdempotencyClaim {

  /**
   * The key was free and now belongs to this command, which runs and then records its result or
   * releases the key.
   *
   * @param key the key as the command claimed it
   * @param fingerprint the command's, to record with its result
   * @param token what tells this claim from a later one on the same key, should this one lapse
   */
  record Claimed(String key, String fingerprint, String token) implements IdempotencyClaim {}

  /**
   * The same command ran to completion with this key before.
   *
   * @param response its result, of the type the command returns
   */
  record Completed(Object response) implements IdempotencyClaim {}

  /** The same command is running with this key right now. */
  record InFlight() implements IdempotencyClaim {}

  /** The key was used with another command, or the same type with other values. */
  record UsedByAnotherCommand() implements IdempotencyClaim {}

  /** The store did not answer: the command runs unguarded, and nothing is recorded. */
  record StoreUnavailable() implements IdempotencyClaim {}
}
