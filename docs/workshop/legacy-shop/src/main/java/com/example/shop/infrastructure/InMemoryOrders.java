package com.example.shop.infrastructure;

import com.example.shop.application.orders.Orders;
import com.example.shop.domain.Order;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

public class InMemoryOrders implements Orders {

  private final Map<Long, Order> orders = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  @Override
  public long nextId() {
    return ids.incrementAndGet();
  }

  @Override
  public void add(Order order) {
    orders.put(order.getId(), order);
  }

  @Override
  public Optional<Order> find(long id) {
    return Optional.ofNullable(orders.get(id));
  }

  @Override
  public int count() {
    return orders.size();
  }
}
