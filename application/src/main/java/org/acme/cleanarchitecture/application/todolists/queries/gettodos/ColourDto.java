package org.acme.cleanarchitecture.application.todolists.queries.gettodos;

public record ColourDto(String code, String name) {}
