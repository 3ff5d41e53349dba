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
import org.acme.cleanarchitecture.application.common.security.AllowAnonymous;
import org.acme.cleanarchitecture.application.common.security.Authorize;
import org.acme.cleanarchitecture.application.common.security.Policies;

/**
 * Decides who may send a request: an authenticated caller for every request not marked {@link
 * AllowAnonymous}, plus the roles and policies of {@link Authorize}. This is where access is
 * decided, so every entry point gets the same checks, whether HTTP, a message or a scheduled job.
 * Annotations such as {@code @Authenticated} on REST resources only answer an anonymous caller with
 * the HTTP challenge before any work starts; they are defence in depth and decide nothing alone.
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

  /**
   * Applies to every request but those marked only {@link AllowAnonymous}; one also marked {@link
   * Authorize} is held to the stricter annotation. A policy nobody defined stops the start.
   */
  @Override
  public boolean appliesTo(Class<? extends Request<?>> requestType) {
    var requirements = REQUIREMENTS.get(requestType);
    if (requirements == null) {
      return !requestType.isAnnotationPresent(AllowAnonymous.class);
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
    if (currentUser.id().isEmpty()) {
      throw new UnauthorizedAccessException();
    }
    var requirements = REQUIREMENTS.get(request.getClass());
    if (requirements != null) {
      var roles = requirements.roles();
      if (roles.length > 0 && Arrays.stream(roles).noneMatch(currentUser::isInRole)) {
        throw new ForbiddenAccessException();
      }
      for (var policy : requirements.policy()) {
        if (!Policies.isSatisfiedBy(policy, currentUser)) {
          throw new ForbiddenAccessException();
        }
      }
    }
    return next.proceed();
  }
}
