package com.example.shop.application.common.mediator;

public interface CommandHandler<T extends Command<R>, R> extends RequestHandler<T, R> {}
