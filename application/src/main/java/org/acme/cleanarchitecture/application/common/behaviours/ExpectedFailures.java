package org.acme.cleanarchitecture.application.common.behaviours;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.acme.cleanarchitecture.application.common.exceptions.DomainRuleException;
import org.acme.cleanarchitecture.application.common.exceptions.ExpectedFailure;
import org.acme.cleanarchitecture.application.common.exceptions.PreconditionFailedException;
import org.acme.cleanarchitecture.application.common.exceptions.ServiceUnavailableException;
import org.acme.cleanarchitecture.application.common.ports.Outages;
import org.acme.cleanarchitecture.domain.common.DomainException;
import org.acme.cleanarchitecture.domain.common.StaleVersionException;

/**
 * Which failures are expected, and as what: the one place that knows the domain's exceptions and
 * turns its refusals into {@link ExpectedFailure}s, and that asks {@link Outages} whether a failure
 * is the database out of reach, answered as {@link ServiceUnavailableException}.
 */
@ApplicationScoped
public class ExpectedFailures {

  private final Outages outages;

  public ExpectedFailures(Outages outages) {
    this.outages = outages;
  }

  /** The failure as an expected one, or empty if nobody expected it. */
  public Optional<ExpectedFailure> of(RuntimeException failure) {
    if (failure instanceof ExpectedFailure expected) {
      return Optional.of(expected);
    }
    if (failure instanceof StaleVersionException stale) {
      // Only a version the caller named is compared in the domain: its If-Match failed.
      return Optional.of(new PreconditionFailedException(stale.getMessage(), stale));
    }
    if (failure instanceof DomainException refusal) {
      return Optional.of(new DomainRuleException(refusal));
    }
    return outages
        .retryAfter(failure)
        .map(retryAfter -> new ServiceUnavailableException(retryAfter, failure));
  }
}
