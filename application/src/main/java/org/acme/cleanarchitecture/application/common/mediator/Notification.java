package org.acme.cleanarchitecture.application.common.mediator;

/** Something that happened, published to any number of {@link NotificationHandler}s. */
public interface Notification {}
