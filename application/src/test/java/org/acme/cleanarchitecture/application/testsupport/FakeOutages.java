package org.acme.cleanarchitecture.application.testsupport;

import java.time.Duration;
import java.util.Optional;
import org.acme.cleanarchitecture.application.common.ports.Outages;

/** Outages as a test declares them: failures of one type are outages, nothing else is. */
public final class FakeOutages implements Outages {

  private final Class<? extends Throwable> outageType;
  private final Duration retryAfter;

  private FakeOutages(Class<? extends Throwable> outageType, Duration retryAfter) {
    this.outageType = outageType;
    this.retryAfter = retryAfter;
  }

  /** No failure is an outage. */
  public static FakeOutages none() {
    return new FakeOutages(null, Duration.ZERO);
  }

  /** Failures of this type are outages that a client should wait this long after. */
  public static FakeOutages of(Class<? extends Throwable> outageType, Duration retryAfter) {
    return new FakeOutages(outageType, retryAfter);
  }

  @Override
  public Optional<Duration> retryAfter(Throwable failure) {
    return outageType != null && outageType.isInstance(failure)
        ? Optional.of(retryAfter)
        : Optional.empty();
  }
}
