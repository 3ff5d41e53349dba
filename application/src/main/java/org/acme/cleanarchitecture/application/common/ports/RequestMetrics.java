package org.acme.cleanarchitecture.application.common.ports;

import java.time.Duration;

/** Where request timings go: a metrics registry such as Micrometer, implemented outside. */
public interface RequestMetrics {

  /**
   * Records one handled request.
   *
   * @param requestType the request's simple class name, e.g. {@code CreateTodoListCommand}
   * @param succeeded whether it returned normally
   */
  void record(String requestType, Duration elapsed, boolean succeeded);

  /** How long a request may take before it is logged as slow. */
  Duration slowRequestThreshold();
}
