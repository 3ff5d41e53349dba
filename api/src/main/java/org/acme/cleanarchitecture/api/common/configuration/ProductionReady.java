package org.acme.cleanarchitecture.api.common.configuration;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A production start has every setting {@link RequiredSettings} requires. Checked as a constraint
 * on {@link ProductionSettings}, it fails the start as Quarkus fails it for any invalid setting:
 * with exit code 1 and its message alone, no stack trace.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = ProductionReadyValidator.class)
public @interface ProductionReady {

  String message() default "Production needs settings that are missing.";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
