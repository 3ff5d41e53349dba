package org.acme.violations.application.common.mediator;

public interface CommandHandler<C extends Command<R>, R> extends RequestHandler<C, R> {}
