package org.acme.cleanarchitecture.api.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Replaces the service's clock in tests, so the times it stamps are known in advance. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

  private volatile Instant now = Instant.parse("2026-01-01T09:00:00Z");

  public void setNow(Instant instant) {
    now = instant;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now, zone);
  }
}
