package org.acme.cleanarchitecture.application.users;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.acme.cleanarchitecture.application.common.validation.ValidationMessages;

/**
 * The shape of an account's email address: present, well formed, and no longer than a mail system
 * delivers (RFC 5321). Requests {@linkplain UserAccount#normaliseEmail normalise} the address
 * before it is checked, so one mailbox is always one account.
 */
@NotBlank(message = ValidationMessages.EMAIL_REQUIRED)
@Email(message = ValidationMessages.EMAIL_INVALID)
@Size(max = EmailAddress.MAX_LENGTH, message = ValidationMessages.EMAIL_INVALID)
@Constraint(validatedBy = {})
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
public @interface EmailAddress {

  int MAX_LENGTH = 254;

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
