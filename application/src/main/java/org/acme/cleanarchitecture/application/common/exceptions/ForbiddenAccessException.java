package org.acme.cleanarchitecture.application.common.exceptions;

/** The caller is known but lacks a role or policy the request requires. */
public class ForbiddenAccessException extends RuntimeException {

  public ForbiddenAccessException() {
    super("You are not allowed to do this.");
  }
}
