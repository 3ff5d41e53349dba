package org.acme.violations.infrastructure;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import java.time.Clock;

public class ClockProducer {

  @Produces
  @Named("utc")
  final Clock utc = Clock.systemUTC();
}
