package org.acme.cleanarchitecture.api.common.configuration;

import io.quarkus.runtime.LaunchMode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Applies {@link RequiredSettings} to a packaged service's start; development and tests have
 * defaults or generate what they lack.
 */
public class ProductionReadyValidator
    implements ConstraintValidator<ProductionReady, ProductionSettings> {

  @Override
  public boolean isValid(ProductionSettings settings, ConstraintValidatorContext context) {
    if (LaunchMode.current() != LaunchMode.NORMAL) {
      return true;
    }
    var missing = RequiredSettings.missing(settings, System.getenv().keySet());
    if (missing.isEmpty()) {
      return true;
    }
    var hibernateContext = context.unwrap(HibernateConstraintValidatorContext.class);
    hibernateContext.disableDefaultConstraintViolation();
    // A parameter's value is inserted as it is: nothing in the message is read as an expression.
    hibernateContext
        .addMessageParameter("missing", RequiredSettings.message(missing))
        .buildConstraintViolationWithTemplate("{missing}")
        .addConstraintViolation();
    return false;
  }
}
