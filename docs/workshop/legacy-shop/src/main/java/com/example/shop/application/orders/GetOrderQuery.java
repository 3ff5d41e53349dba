package com.example.shop.application.orders;

import com.example.shop.application.common.mediator.Query;

public record GetOrderQuery(long id) implements Query<OrderDto> {}
