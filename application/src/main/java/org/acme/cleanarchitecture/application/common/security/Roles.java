package org.acme.cleanarchitecture.application.common.security;

/** The roles the application knows. */
public final class Roles {

  public static final String ADMINISTRATOR = "Administrator";

  private Roles() {}
}
