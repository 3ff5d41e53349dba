package org.acme.cleanarchitecture.application.common.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request that needs an authenticated caller; checked by the authorization behaviour for
 * every entry point, not only HTTP. A request without it is open to anonymous callers.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Authorize {

  /** The caller needs at least one of these roles (none: any authenticated caller). */
  String[] roles() default {};

  /** The caller must satisfy every one of these policies, defined in {@link Policies}. */
  String[] policy() default {};
}
