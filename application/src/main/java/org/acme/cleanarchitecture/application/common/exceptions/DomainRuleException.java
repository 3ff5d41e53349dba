package org.acme.cleanarchitecture.application.common.exceptions;

import org.acme.cleanarchitecture.domain.common.DomainException;

/**
 * The domain refused the change a request asked for, with the domain's own explanation. Requests
 * are validated before they reach the domain, so this answers what validation cannot know.
 */
public class DomainRuleException extends ExpectedFailure {

  public DomainRuleException(DomainException refusal) {
    super(400, refusal.getMessage(), refusal);
  }
}
