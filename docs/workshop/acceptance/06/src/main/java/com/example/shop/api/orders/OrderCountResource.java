package com.example.shop.api.orders;

import com.example.shop.api.common.Answer;
import com.example.shop.application.orders.Orders;

/**
 * Workshop lab 6's new violation, written after the rules were adopted: an endpoint that reads the
 * orders' port directly instead of sending a query through the mediator. The frozen rules must
 * fail the build on it, by name.
 */
public class OrderCountResource {

  private final Orders orders;

  public OrderCountResource(Orders orders) {
    this.orders = orders;
  }

  public Answer<Integer> count() {
    return Answer.ok(orders.count());
  }
}
