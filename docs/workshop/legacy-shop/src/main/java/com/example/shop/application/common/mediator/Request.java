package com.example.shop.application.common.mediator;

/** Something sent through the {@link Mediator} to exactly one handler. */
public interface Request<R> {}
