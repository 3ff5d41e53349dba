package com.example.shop.application.orders;

import com.example.shop.application.common.mediator.CommandHandler;
import com.example.shop.domain.Order;
import com.example.shop.infrastructure.SmtpMailer;

/** Places the order and mails the customer a confirmation. */
public class PlaceOrderHandler implements CommandHandler<PlaceOrderCommand, Long> {

  private final Orders orders;
  private final SmtpMailer mailer;

  public PlaceOrderHandler(Orders orders, SmtpMailer mailer) {
    this.orders = orders;
    this.mailer = mailer;
  }

  @Override
  public Long handle(PlaceOrderCommand command) {
    var order = new Order(orders.nextId(), command.customer(), command.totalCents());
    orders.add(order);
    mailer.send(command.customer(), "Your order " + order.getId(), "Thank you for your order.");
    return order.getId();
  }
}
