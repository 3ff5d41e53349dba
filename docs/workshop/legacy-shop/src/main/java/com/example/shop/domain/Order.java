package com.example.shop.domain;

/** An order a customer placed, for a total in cents. */
public class Order {

  private final long id;
  private final String customer;
  private final long totalCents;

  public Order(long id, String customer, long totalCents) {
    if (customer == null || customer.isBlank()) {
      throw new IllegalArgumentException("An order needs a customer.");
    }
    if (totalCents <= 0) {
      throw new IllegalArgumentException("An order costs something.");
    }
    this.id = id;
    this.customer = customer;
    this.totalCents = totalCents;
  }

  public long getId() {
    return id;
  }

  public String getCustomer() {
    return customer;
  }

  public long getTotalCents() {
    return totalCents;
  }
}
