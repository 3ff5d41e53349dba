package org.acme.violations.application.lists;

public record ListDto(long id, String title) {}
