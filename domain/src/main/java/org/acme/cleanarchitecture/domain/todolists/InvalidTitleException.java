package org.acme.cleanarchitecture.domain.todolists;

import org.acme.cleanarchitecture.domain.common.DomainException;

/** A title is blank or longer than 200 characters. */
public class InvalidTitleException extends DomainException {

  InvalidTitleException(String message) {
    super(message);
  }
}
