package org.acme.violations.application.lists;

import io.quarkus.runtime.LaunchMode;

public class ServiceUsingQuarkus {

  boolean isDevelopment() {
    return LaunchMode.current() == LaunchMode.DEVELOPMENT;
  }
}
