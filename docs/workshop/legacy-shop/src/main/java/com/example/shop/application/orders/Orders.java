package com.example.shop.application.orders;

import com.example.shop.domain.Order;
import java.util.Optional;

/** Where orders are kept. */
public interface Orders {

  long nextId();

  void add(Order order);

  Optional<Order> find(long id);

  int count();
}
