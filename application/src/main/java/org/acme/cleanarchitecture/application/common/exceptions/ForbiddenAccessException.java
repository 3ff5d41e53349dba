package org.acme.cleanarchitecture.application.common.exceptions;

/** The caller is known but lacks a role or policy the request requires. */
public class ForbiddenAccessException extends ExpectedFailure {

  public ForbiddenAccessException() {
    super(403, "You are not allowed to do this.");
  }
}
