package org.acme.cleanarchitecture.infrastructure.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenIdDiscoveryTest {

  private HttpServer provider;
  private String origin;

  @BeforeEach
  void startProvider() throws IOException {
    provider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    provider.start();
    origin = "http://127.0.0.1:" + provider.getAddress().getPort();
  }

  @AfterEach
  void stopProvider() {
    provider.stop(0);
  }

  @Test
  void shouldFindTheKeysNamedByTheDiscoveryDocument() {
    publishDiscoveryDocument("/tenant", origin + "/tenant", origin + "/tenant/keys");

    assertThat(OpenIdDiscovery.jwksUri(origin + "/tenant")).isEqualTo(origin + "/tenant/keys");
  }

  @Test
  void shouldRefuseADocumentThatNamesAnotherIssuer() {
    publishDiscoveryDocument("/tenant", "https://elsewhere.example.org", origin + "/tenant/keys");

    assertThatThrownBy(() -> OpenIdDiscovery.jwksUri(origin + "/tenant"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("names the issuer https://elsewhere.example.org")
        .hasMessageContaining("app.identity.tokens.external-issuer");
  }

  @Test
  void shouldNameTheSettingWhenThereIsNoDiscoveryDocument() {
    assertThatThrownBy(() -> OpenIdDiscovery.jwksUri(origin + "/tenant"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(origin + "/tenant/.well-known/openid-configuration answered 404")
        .hasMessageContaining("app.identity.tokens.external-issuer");
  }

  @Test
  void shouldNameTheSettingsWhenTheProviderCannotBeReached() {
    provider.stop(0);

    assertThatThrownBy(() -> OpenIdDiscovery.jwksUri(origin))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Cannot read the OpenID Connect discovery document")
        .hasMessageContaining("mp.jwt.verify.publickey.location");
  }

  private void publishDiscoveryDocument(String path, String issuer, String jwksUri) {
    var body =
        ("{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + jwksUri + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    provider.createContext(
        path + "/.well-known/openid-configuration",
        exchange -> {
          exchange.sendResponseHeaders(200, body.length);
          try (var out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
  }
}
