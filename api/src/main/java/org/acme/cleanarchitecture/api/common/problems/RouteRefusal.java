package org.acme.cleanarchitecture.api.common.problems;

/**
 * What a Vert.x route refuses a request with, {@code context.fail(status, refusal)}, when the
 * client needs to know why: its message becomes the detail of the problem details that answer it.
 */
public final class RouteRefusal extends RuntimeException {

  public RouteRefusal(String detail) {
    // An answer, not a fault: no stack trace to fill in.
    super(detail, null, false, false);
  }
}
