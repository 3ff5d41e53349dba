package org.acme.cleanarchitecture.application.common.idempotency;

import java.util.Optional;

/** The idempotency key the caller sent with the current request, as the outer layer received it. */
public interface CurrentIdempotencyKey {

  /**
   * What the key is called where clients send it: the HTTP header of the IETF draft "The
   * Idempotency-Key HTTP Header Field", and the field a refusal of a malformed key names.
   */
  String NAME = "Idempotency-Key";

  /** The key exactly as sent, not yet checked; empty if the request carries none. */
  Optional<String> value();
}
