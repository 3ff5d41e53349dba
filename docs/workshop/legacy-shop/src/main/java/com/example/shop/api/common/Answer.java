package com.example.shop.api.common;

/** What an endpoint answers: a status and a body. */
public record Answer<T>(int status, T body) {

  public static <T> Answer<T> ok(T body) {
    return new Answer<>(200, body);
  }

  public static <T> Answer<T> created(T body) {
    return new Answer<>(201, body);
  }
}
