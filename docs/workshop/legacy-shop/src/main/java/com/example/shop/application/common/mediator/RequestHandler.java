package com.example.shop.application.common.mediator;

/** Handles one type of request. */
public interface RequestHandler<T extends Request<R>, R> {

  R handle(T request);
}
