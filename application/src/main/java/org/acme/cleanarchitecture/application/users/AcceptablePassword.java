package org.acme.cleanarchitecture.application.users;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.acme.cleanarchitecture.application.common.validation.ValidationMessages;

/**
 * A password as NIST SP 800-63B would have it: present, 12 to 128 characters counted as Unicode
 * code points, and not a commonly used one. There are no rules of composition (a digit, a capital):
 * they make passwords harder to remember, not to guess.
 */
@NotNull(message = ValidationMessages.PASSWORD_REQUIRED)
@Constraint(validatedBy = AcceptablePassword.Validator.class)
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
public @interface AcceptablePassword {

  int MIN_LENGTH = 12;
  int MAX_LENGTH = 128;

  // The validator reports each broken rule with its own message.
  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the length, then the list of common passwords. */
  class Validator implements ConstraintValidator<AcceptablePassword, String> {

    @Override
    public boolean isValid(String password, ConstraintValidatorContext context) {
      if (password == null) {
        return true; // reported as missing by @NotNull
      }
      var length = password.codePointCount(0, password.length());
      if (length < MIN_LENGTH || length > MAX_LENGTH) {
        return refuse(context, ValidationMessages.PASSWORD_LENGTH_OUT_OF_RANGE);
      }
      if (CommonPasswords.contain(password)) {
        return refuse(context, ValidationMessages.PASSWORD_COMMON);
      }
      return true;
    }

    private static boolean refuse(ConstraintValidatorContext context, String message) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
      return false;
    }
  }
}
