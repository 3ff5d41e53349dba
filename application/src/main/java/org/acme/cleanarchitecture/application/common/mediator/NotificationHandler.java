package org.acme.cleanarchitecture.application.common.mediator;

/** Reacts to one notification type; a notification may have none, one or many handlers. */
public interface NotificationHandler<N extends Notification> {

  void handle(N notification);
}
