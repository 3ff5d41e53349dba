package org.acme.cleanarchitecture.api.users;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks the endpoints of the accounts the service keeps and the tokens it issues itself, which
 * {@link OwnAccountsFilter} takes away when an external OpenID Connect provider issues the tokens.
 */
@NameBinding
@Retention(RUNTIME)
@Target(TYPE)
@interface OwnAccounts {}
