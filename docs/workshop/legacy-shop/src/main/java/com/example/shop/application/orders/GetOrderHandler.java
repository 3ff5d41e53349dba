package com.example.shop.application.orders;

import com.example.shop.application.common.mediator.QueryHandler;
import java.util.NoSuchElementException;

public class GetOrderHandler implements QueryHandler<GetOrderQuery, OrderDto> {

  private final Orders orders;

  public GetOrderHandler(Orders orders) {
    this.orders = orders;
  }

  @Override
  public OrderDto handle(GetOrderQuery query) {
    var order =
        orders
            .find(query.id())
            .orElseThrow(() -> new NoSuchElementException("No order " + query.id()));
    return new OrderDto(order.getId(), order.getCustomer(), order.getTotalCents());
  }
}
