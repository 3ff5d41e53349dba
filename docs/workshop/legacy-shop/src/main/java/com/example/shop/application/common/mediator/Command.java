package com.example.shop.application.common.mediator;

/** A request to change state. */
public interface Command<R> extends Request<R> {}
