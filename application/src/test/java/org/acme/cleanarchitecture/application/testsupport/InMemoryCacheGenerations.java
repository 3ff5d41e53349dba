package org.acme.cleanarchitecture.application.testsupport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.acme.cleanarchitecture.application.common.ports.CacheGenerations;

/**
 * Generations in a map, drawn at random like the real ones. Each advance is written to a journal,
 * which a test may share with {@link RecordingTransactions} to see it happen inside the
 * transaction.
 */
public final class InMemoryCacheGenerations implements CacheGenerations {

  private final Map<String, UUID> byOwner = new HashMap<>();
  private final List<String> journal;
  private UUID everyone = new UUID(0, 0);

  public InMemoryCacheGenerations() {
    this(new ArrayList<>());
  }

  public InMemoryCacheGenerations(List<String> journal) {
    this.journal = journal;
  }

  @Override
  public Optional<Generations> current(String ownerId) {
    return Optional.ofNullable(byOwner.get(ownerId)).map(owner -> new Generations(owner, everyone));
  }

  @Override
  public void advance(String ownerId) {
    journal.add("advance " + ownerId);
    byOwner.put(ownerId, UUID.randomUUID());
  }

  @Override
  public void advanceEveryone() {
    journal.add("advance everyone");
    everyone = UUID.randomUUID();
  }
}
