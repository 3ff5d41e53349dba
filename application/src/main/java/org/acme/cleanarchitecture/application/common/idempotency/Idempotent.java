package org.acme.cleanarchitecture.application.common.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a caller send a command again safely: sent with an {@link CurrentIdempotencyKey idempotency
 * key} the caller used before for the same command, it is answered with its first result instead of
 * running twice. For commands that create something, whose retry after a lost response would
 * otherwise create it again; commands that set a state are idempotent by nature. Only commands of
 * authenticated callers can be idempotent, since keys are kept per caller.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Idempotent {}
