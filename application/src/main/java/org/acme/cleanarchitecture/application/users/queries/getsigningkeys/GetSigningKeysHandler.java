package org.acme.cleanarchitecture.application.users.queries.getsigningkeys;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.mediator.QueryHandler;
import org.acme.cleanarchitecture.application.users.AccessTokenIssuer;

@ApplicationScoped
class GetSigningKeysHandler implements QueryHandler<GetSigningKeysQuery, String> {

  private final AccessTokenIssuer accessTokens;

  GetSigningKeysHandler(AccessTokenIssuer accessTokens) {
    this.accessTokens = accessTokens;
  }

  @Override
  public String handle(GetSigningKeysQuery query) {
    return accessTokens.jsonWebKeySet();
  }
}
