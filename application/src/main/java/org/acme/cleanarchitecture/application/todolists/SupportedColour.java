package org.acme.cleanarchitecture.application.todolists;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.acme.cleanarchitecture.application.common.validation.ValidationMessages;

/** A colour code of the palette, or none at all for {@link RequestedColour#DEFAULT}. */
@Constraint(validatedBy = SupportedColour.Validator.class)
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
public @interface SupportedColour {

  String message() default ValidationMessages.COLOUR_UNSUPPORTED;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the code against the palette. */
  class Validator implements ConstraintValidator<SupportedColour, String> {

    @Override
    public boolean isValid(String code, ConstraintValidatorContext context) {
      return RequestedColour.isAcceptable(code);
    }
  }
}
