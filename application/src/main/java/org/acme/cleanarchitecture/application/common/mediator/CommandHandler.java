package org.acme.cleanarchitecture.application.common.mediator;

/** The one handler of a command type. */
public non-sealed interface CommandHandler<C extends Command<R>, R> extends RequestHandler<C, R> {}
