package org.acme.cleanarchitecture.application.common.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adds requirements to a request on top of the authenticated caller that every request needs unless
 * it is marked {@link AllowAnonymous}: any one of the roles, and every policy.
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
