package com.example.shop.application.common.mediator;

/** A request to read state. */
public interface Query<R> extends Request<R> {}
