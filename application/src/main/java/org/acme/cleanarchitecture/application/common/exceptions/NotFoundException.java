package org.acme.cleanarchitecture.application.common.exceptions;

/**
 * The requested thing does not exist, or belongs to another user: the two answers are the same, so
 * nobody can probe for other users' data.
 */
public class NotFoundException extends ExpectedFailure {

  public NotFoundException(String what, Object key) {
    super(404, what + " " + key + " was not found.");
  }
}
