package com.example.shop.application.common.mediator;

/** The single entry point to the use cases. */
public interface Mediator {

  <R> R send(Request<R> request);
}
