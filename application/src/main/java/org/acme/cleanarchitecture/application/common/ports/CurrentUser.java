package org.acme.cleanarchitecture.application.common.ports;

import java.util.Optional;
import org.acme.cleanarchitecture.application.common.exceptions.UnauthorizedAccessException;

/** Who is making the current request, as the outer layer authenticated them. */
public interface CurrentUser {

  /** The caller's user id; empty for an anonymous caller. */
  Optional<String> id();

  boolean isInRole(String role);

  /**
   * The caller's user id, for use cases that only authenticated callers reach.
   *
   * @throws UnauthorizedAccessException if the caller is anonymous
   */
  default String requireId() {
    return id().orElseThrow(UnauthorizedAccessException::new);
  }
}
