package org.acme.cleanarchitecture.application.common.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.acme.cleanarchitecture.domain.todolists.TodoList;

/**
 * The shape of every title a request carries: present, not blank, and no longer than the domain
 * allows. Each broken part is reported with its own message.
 */
@NotBlank(message = ValidationMessages.TITLE_REQUIRED)
@Size(max = TodoList.TITLE_MAX_LENGTH, message = ValidationMessages.TITLE_TOO_LONG)
@Constraint(validatedBy = {})
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
public @interface Title {

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
