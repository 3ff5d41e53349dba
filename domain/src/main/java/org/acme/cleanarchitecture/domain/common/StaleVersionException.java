package org.acme.cleanarchitecture.domain.common;

/** A change was based on an older version of an entity than the stored one. */
public class StaleVersionException extends DomainException {

  public StaleVersionException(String entity, Object id, long expected, long actual) {
    super(
        entity
            + " "
            + id
            + " has changed since version "
            + expected
            + " (it is at version "
            + actual
            + "); reload it and try again.");
  }
}
