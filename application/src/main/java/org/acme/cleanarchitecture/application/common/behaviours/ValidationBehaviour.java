package org.acme.cleanarchitecture.application.common.behaviours;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationException;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationFailure;
import org.acme.cleanarchitecture.application.common.mediator.BehaviourOrder;
import org.acme.cleanarchitecture.application.common.mediator.PipelineBehaviour;
import org.acme.cleanarchitecture.application.common.mediator.Request;
import org.acme.cleanarchitecture.application.common.mediator.TypeArgument;
import org.acme.cleanarchitecture.application.common.validation.RequestValidator;

/**
 * Checks a request's Bean Validation constraints and runs its {@link RequestValidator}s, then
 * reports every failure at once, grouped by field, before the handler sees the request.
 */
@ApplicationScoped
public class ValidationBehaviour implements PipelineBehaviour {

  private final Validator validator;
  private final Map<Class<?>, List<RequestValidator<Request<?>>>> validatorsByRequestType;

  @Inject
  ValidationBehaviour(Validator validator, @Any Instance<RequestValidator<?>> validators) {
    this(validator, (Iterable<RequestValidator<?>>) validators);
  }

  @SuppressWarnings("unchecked")
  public ValidationBehaviour(
      Validator validator, Iterable<? extends RequestValidator<?>> validators) {
    this.validator = validator;
    var byRequestType = new HashMap<Class<?>, List<RequestValidator<Request<?>>>>();
    for (var requestValidator : validators) {
      var requestType = TypeArgument.of(requestValidator, RequestValidator.class).value();
      byRequestType
          .computeIfAbsent(requestType, ignored -> new ArrayList<>())
          .add((RequestValidator<Request<?>>) requestValidator);
    }
    this.validatorsByRequestType = Map.copyOf(byRequestType);
  }

  @Override
  public int order() {
    return BehaviourOrder.VALIDATION;
  }

  @Override
  public <R> R handle(Request<R> request, Next<R> next) {
    var failures =
        Stream.concat(
                validator.validate(request).stream().map(ValidationBehaviour::toFailure),
                validatorsByRequestType.getOrDefault(request.getClass(), List.of()).stream()
                    .flatMap(requestValidator -> requestValidator.validate(request).stream()))
            .toList();
    if (!failures.isEmpty()) {
      throw new ValidationException(failures);
    }
    return next.proceed();
  }

  private static ValidationFailure toFailure(ConstraintViolation<?> violation) {
    return new ValidationFailure(violation.getPropertyPath().toString(), violation.getMessage());
  }
}
