package org.acme.cleanarchitecture.application.common.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Opens a request to anonymous callers, such as signing in. Without it, every request needs an
 * authenticated caller; a request never carries both this and {@link Authorize}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AllowAnonymous {}
