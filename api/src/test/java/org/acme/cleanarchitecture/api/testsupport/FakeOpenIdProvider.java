package org.acme.cleanarchitecture.api.testsupport;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * An OpenID Connect provider as far as a service that only verifies its tokens can tell: a
 * discovery document and a JSON Web Key Set, served on a free loopback port by the JDK's HTTP
 * server, at Keycloak's addresses. Tests sign the provider's tokens with {@link #key()}.
 */
public class FakeOpenIdProvider implements QuarkusTestResourceLifecycleManager {

  private static final String KEY = "provider-key";
  private static final String REALM = "/realms/acme";

  private HttpServer server;

  @Override
  public Map<String, String> start() {
    var key = TestKeys.create(KEY);
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var origin = "http://127.0.0.1:" + server.getAddress().getPort();
    var issuer = origin + REALM;
    var keysPath = REALM + "/protocol/openid-connect/certs";
    serve(
        REALM + "/.well-known/openid-configuration",
        JsonUtil.toJson(Map.of("issuer", issuer, "jwks_uri", origin + keysPath)));
    serve(keysPath, jsonWebKeySet(key));
    server.start();
    return Map.of("app.identity.tokens.external-issuer", issuer);
  }

  @Override
  public void stop() {
    server.stop(0);
  }

  /** The key the provider signs its tokens with, named in its JWKS by {@code TestTokens.keyId}. */
  public static KeyPair key() {
    return TestKeys.load(KEY);
  }

  private void serve(String path, String json) {
    var body = json.getBytes(StandardCharsets.UTF_8);
    server.createContext(
        path,
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (var out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
  }

  private static String jsonWebKeySet(KeyPair key) {
    var jwk = new RsaJsonWebKey((RSAPublicKey) key.getPublic());
    jwk.setKeyId(TestTokens.keyId(key.getPublic()));
    return new JsonWebKeySet(jwk).toJson(OutputControlLevel.PUBLIC_ONLY);
  }
}
