package org.acme.cleanarchitecture.application.common.ports;

import java.util.Optional;
import java.util.UUID;

/**
 * The generation of each owner's cached query answers, and one of everyone's, kept with the data
 * they describe, in the database. Cached answers are keyed by the generations current when they
 * were computed; advancing a generation makes every answer keyed by the old one unreachable at
 * once, without finding or deleting any of them. Generations are advanced in the transaction of the
 * command that changes the data, so the two commit together or not at all.
 */
public interface CacheGenerations {

  /**
   * The owner's generation and everyone's, read together. Empty while the owner has none, which is
   * the case before their first command: then nothing of theirs is cached.
   */
  Optional<Generations> current(String ownerId);

  /** Moves the owner's generation on, in the current transaction. */
  void advance(String ownerId);

  /** Moves everyone's generation on, in the current transaction. */
  void advanceEveryone();

  /**
   * The generations an answer is cached under. Each is drawn at random when it is advanced, so a
   * generation that cache entries were keyed by never comes back, whatever happens to the stored
   * generations.
   */
  record Generations(UUID owner, UUID everyone) {}
}
