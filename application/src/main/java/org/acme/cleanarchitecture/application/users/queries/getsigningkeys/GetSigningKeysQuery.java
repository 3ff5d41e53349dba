package org.acme.cleanarchitecture.application.users.queries.getsigningkeys;

import org.acme.cleanarchitecture.application.common.mediator.Query;
import org.acme.cleanarchitecture.application.common.security.AllowAnonymous;

/**
 * The public keys that verify this service's access tokens, as a JSON Web Key Set: public, so that
 * other services can verify the tokens too.
 */
@AllowAnonymous
public record GetSigningKeysQuery() implements Query<String> {}
