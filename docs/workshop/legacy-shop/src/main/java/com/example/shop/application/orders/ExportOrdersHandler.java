package com.example.shop.application.orders;

import java.util.List;
import java.util.stream.Collectors;

/** Writes orders as CSV for the accountants; called by a nightly job, not by the mediator. */
public class ExportOrdersHandler {

  public String toCsv(List<OrderDto> orders) {
    return orders.stream()
        .map(order -> order.id() + "," + order.customer() + "," + order.totalCents())
        .collect(Collectors.joining("\n", "id,customer,total_cents\n", "\n"));
  }
}
