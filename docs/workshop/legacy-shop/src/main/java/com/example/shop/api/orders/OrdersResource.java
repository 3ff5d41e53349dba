package com.example.shop.api.orders;

import com.example.shop.api.common.Answer;
import com.example.shop.application.common.mediator.Mediator;
import com.example.shop.application.orders.GetOrderHandler;
import com.example.shop.application.orders.GetOrderQuery;
import com.example.shop.application.orders.OrderDto;
import com.example.shop.application.orders.PlaceOrderCommand;

/** The orders' endpoints. */
public class OrdersResource {

  private final Mediator mediator;
  private final GetOrderHandler getOrder;

  public OrdersResource(Mediator mediator, GetOrderHandler getOrder) {
    this.mediator = mediator;
    this.getOrder = getOrder;
  }

  public Answer<Long> place(String customer, long totalCents) {
    return Answer.created(mediator.send(new PlaceOrderCommand(customer, totalCents)));
  }

  public Answer<OrderDto> get(long id) {
    return Answer.ok(getOrder.handle(new GetOrderQuery(id)));
  }
}
