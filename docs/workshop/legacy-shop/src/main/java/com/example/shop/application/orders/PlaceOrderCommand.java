package com.example.shop.application.orders;

import com.example.shop.application.common.mediator.Command;

public record PlaceOrderCommand(String customer, long totalCents) implements Command<Long> {}
