package com.example.shop.application.common.mediator;

public interface QueryHandler<T extends Query<R>, R> extends RequestHandler<T, R> {}
