package org.acme.cleanarchitecture.application.users.queries.getsigningkeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.acme.cleanarchitecture.application.testsupport.FakeAccessTokenIssuer;
import org.junit.jupiter.api.Test;

class GetSigningKeysHandlerTest {

  @Test
  void shouldReturnTheIssuersKeySet() {
    var handler = new GetSigningKeysHandler(new FakeAccessTokenIssuer());

    assertThat(handler.handle(new GetSigningKeysQuery())).isEqualTo(FakeAccessTokenIssuer.KEY_SET);
  }
}
