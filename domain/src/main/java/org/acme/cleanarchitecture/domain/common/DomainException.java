package org.acme.cleanarchitecture.domain.common;

/** A rule of the domain was broken: the requested state change is refused. */
public class DomainException extends RuntimeException {

  public DomainException(String message) {
    super(message);
  }
}
