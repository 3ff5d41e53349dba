package org.acme.cleanarchitecture.application.common.mediator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@link NotificationHandler} only after the command that raised the event has committed
 * ({@link EventPhase#AFTER_COMMIT}); without it, a handler runs in the command's transaction.
 * Inherited, so the subclass proxy a container may wrap the handler in carries it too.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AfterCommit {}
