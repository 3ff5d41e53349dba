package org.acme.cleanarchitecture.application.common.mediator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@link NotificationHandler} only after the command that raised the event has committed
 * ({@link EventPhase#AFTER_COMMIT}); without it, a handler runs in the command's transaction. An
 * annotation rather than a method, so the mediator reads it from the class without creating the
 * handler, which may itself need the mediator.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AfterCommit {}
