package org.acme.cleanarchitecture.api.common;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A request body the operation cannot do without: an empty body answers 400 naming {@code body},
 * rather than reaching the mediator as {@code null}.
 */
@NotNull(message = "A request body is required.")
@Constraint(validatedBy = {})
@Documented
@Retention(RUNTIME)
@Target(PARAMETER)
public @interface RequiredBody {

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
