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
import java.util.Locale;
import org.acme.cleanarchitecture.application.common.validation.ValidationMessages;

/**
 * A password as NIST SP 800-63B would have it: present, 12 to 128 characters counted as Unicode
 * code points, not a commonly used one, and not a shorter one repeated. There are no rules of
 * composition (a digit, a capital): they make passwords harder to remember, not to guess. The rule
 * that needs the account's email address is {@link EmailInPassword}, run by the validators.
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

  /** Checks the length, then the list of common passwords, then repetition. */
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
      if (isShorterOneRepeated(password)) {
        return refuse(context, ValidationMessages.PASSWORD_REPEATED);
      }
      return true;
    }

    /**
     * Whether the password is a part shorter than the minimum typed over and over, such as {@code
     * aaaaaaaaaaaa} or {@code passwordpassword}: guessers try repetitions along with the part
     * itself, so only the part counts towards the length. Letter case is ignored, as for the list.
     */
    private static boolean isShorterOneRepeated(String password) {
      var lowerCased = password.toLowerCase(Locale.ROOT);
      // A text that repeats a part recurs in itself doubled, first at the length of that part.
      var partLength = (lowerCased + lowerCased).indexOf(lowerCased, 1);
      return partLength < lowerCased.length()
          && lowerCased.codePointCount(0, partLength) < MIN_LENGTH;
    }

    private static boolean refuse(ConstraintValidatorContext context, String message) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
      return false;
    }
  }
}
