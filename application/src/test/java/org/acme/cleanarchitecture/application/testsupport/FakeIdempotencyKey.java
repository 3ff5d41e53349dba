package org.acme.cleanarchitecture.application.testsupport;

import java.util.Optional;
import org.acme.cleanarchitecture.application.common.idempotency.CurrentIdempotencyKey;

/** An idempotency key fixed for the length of a test, or none. */
public final class FakeIdempotencyKey implements CurrentIdempotencyKey {

  private final String value;

  private FakeIdempotencyKey(String value) {
    this.value = value;
  }

  public static FakeIdempotencyKey none() {
    return new FakeIdempotencyKey(null);
  }

  public static FakeIdempotencyKey of(String value) {
    return new FakeIdempotencyKey(value);
  }

  @Override
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }
}
