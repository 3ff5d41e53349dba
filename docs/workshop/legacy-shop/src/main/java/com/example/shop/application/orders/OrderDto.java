package com.example.shop.application.orders;

public record OrderDto(long id, String customer, long totalCents) {}
