package org.acme.cleanarchitecture.application.testsupport;

import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.acme.cleanarchitecture.application.common.idempotency.IdempotencyClaim;
import org.acme.cleanarchitecture.application.common.idempotency.IdempotencyStore;

/**
 * An {@link IdempotencyStore} in a map, whose claims never lapse and whose results never expire;
 * results are kept as they are rather than written out and read back. It can be made to stop
 * answering, as a store that is down.
 */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

  /** A claim while its token is set, a recorded result once it is not. */
  private record Entry(String fingerprint, String token, Object response) {}

  private final Map<String, Entry> entries = new HashMap<>();
  private boolean down;

  /** From now on, answers every claim as a store that cannot be reached. */
  public void goDown() {
    down = true;
  }

  @Override
  public synchronized IdempotencyClaim claim(String key, String fingerprint, Type responseType) {
    if (down) {
      return new IdempotencyClaim.StoreUnavailable();
    }
    var entry = entries.get(key);
    if (entry == null) {
      var token = UUID.randomUUID().toString();
      entries.put(key, new Entry(fingerprint, token, null));
      return new IdempotencyClaim.Claimed(key, fingerprint, token);
    }
    if (!entry.fingerprint().equals(fingerprint)) {
      return new IdempotencyClaim.UsedByAnotherCommand();
    }
    return entry.token() != null
        ? new IdempotencyClaim.InFlight()
        : new IdempotencyClaim.Completed(entry.response());
  }

  @Override
  public synchronized void record(IdempotencyClaim.Claimed claim, Object response) {
    if (holds(claim)) {
      entries.put(claim.key(), new Entry(claim.fingerprint(), null, response));
    }
  }

  @Override
  public synchronized void release(IdempotencyClaim.Claimed claim) {
    if (holds(claim)) {
      entries.remove(claim.key());
    }
  }

  private boolean holds(IdempotencyClaim.Claimed claim) {
    var entry = entries.get(claim.key());
    return entry != null && claim.token().equals(entry.token());
  }
}
