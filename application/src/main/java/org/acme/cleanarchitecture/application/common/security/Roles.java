package org.acme.cleanarchitecture.application.common.security;

/** The roles the application knows. */
public final class Roles {

  /** Every account has it: the role given on registration. */
  public static final String USER = "User";

  public static final String ADMINISTRATOR = "Administrator";

  private Roles() {}
}
