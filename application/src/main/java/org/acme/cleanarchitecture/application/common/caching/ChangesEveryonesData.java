package org.acme.cleanarchitecture.application.common.caching;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a command that changes the data of every owner, not only the caller's, such as a purge: it
 * makes every cached answer of every caller obsolete, where any other command makes only its
 * caller's obsolete.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ChangesEveryonesData {}
