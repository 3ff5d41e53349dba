package org.acme.cleanarchitecture.application.common.behaviours;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import org.acme.cleanarchitecture.application.common.exceptions.ForbiddenAccessException;
import org.acme.cleanarchitecture.application.common.exceptions.UnauthorizedAccessException;
import org.acme.cleanarchitecture.application.common.mediator.BehaviourOrder;
import org.acme.cleanarchitecture.application.common.mediator.MediatorConfigurationException;
import org.acme.cleanarchitecture.application.common.mediator.PipelineBehaviour;
import org.acme.cleanarchitecture.application.common.mediator.Request;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.acme.cleanarchitecture.application.common.security.Authorize;
import org.acme.cleanarchitecture.application.common.security.Policies;

/**
 * Enforces {@link Authorize} on the requests that carry it: an authenticated caller, at least one
 * of the roles, and every policy. Enforced here, every entry point gets the same checks.
 */
@ApplicationScoped
public class AuthorizationBehaviour implements PipelineBehaviour {

  // Read once per request type, then cached by the JVM: no reflection per call.
  private static final ClassValue<Authorize> REQUIREMENTS =
      new ClassValue<>() {
        @Override
        protected Authorize computeValue(Class<?> requestType) {
          return requestType.getAnnotation(Authorize.class);
        }
      };

  private final CurrentUser currentUser;

  public AuthorizationBehaviour(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public int order() {
    return BehaviourOrder.AUTHORIZATION;
  }

  /** Applies to requests marked {@link Authorize}; a policy nobody defined stops the start. */
  @Override
  public boolean appliesTo(Class<? extends Request<?>> requestType) {
    var requirements = REQUIREMENTS.get(requestType);
    if (requirements == null) {
      return false;
    }
    for (var policy : requirements.policy()) {
      if (!Policies.names().contains(policy)) {
        throw new MediatorConfigurationException(
            requestType.getName() + " requires the undefined policy " + policy + ".");
      }
    }
    return true;
  }

  @Override
  public <R> R handle(Request<R> request, Next<R> next) {
    var requirements = REQUIREMENTS.get(request.getClass());
    if (requirements == null) {
      return next.proceed();
    }
    if (currentUser.id().isEmpty()) {
      throw new UnauthorizedAccessException();
    }
    var roles = requirements.roles();
    if (roles.length > 0 && Arrays.stream(roles).noneMatch(currentUser::isInRole)) {
      throw new ForbiddenAccessException();
    }
    for (var policy : requirements.policy()) {
      if (!Policies.isSatisfiedBy(policy, currentUser)) {
        throw new ForbiddenAccessException();
      }
    }
    return next.proceed();
  }
}
