package org.acme.cleanarchitecture.application.common.caching;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Opts a query into the query cache: its answers are kept per caller, and a command of the caller's
 * makes every one of them obsolete the moment it commits. The time to live bounds only how long an
 * answer nobody reads again takes up memory; freshness never depends on it. Only for queries whose
 * answers depend on nothing but their fields and the caller's own data.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Cached {

  /** How long an answer stays in the cache, in seconds; more than zero. */
  int timeToLiveSeconds();
}
