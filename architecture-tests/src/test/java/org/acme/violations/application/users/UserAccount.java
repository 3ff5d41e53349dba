package org.acme.violations.application.users;

public record UserAccount(String id, String name) {}
