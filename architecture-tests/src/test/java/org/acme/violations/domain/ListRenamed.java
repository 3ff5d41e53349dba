package org.acme.violations.domain;

public record ListRenamed(long listId, String title) {}
