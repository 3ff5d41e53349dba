package org.acme.cleanarchitecture.infrastructure.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * Finds where an OpenID Connect provider publishes its keys: the {@code jwks_uri} of its discovery
 * document (OpenID Connect Discovery 1.0, section 4), read once, at startup.
 */
final class OpenIdDiscovery {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private OpenIdDiscovery() {}

  /**
   * @param issuer the provider's issuer identifier, exactly as its tokens carry it in {@code iss}
   * @throws IllegalStateException if the document cannot be read, or describes another issuer
   */
  static String jwksUri(String issuer) {
    var address = URI.create(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration");
    var document = read(address);
    // The specification requires this match; a mismatch means the setting names the wrong issuer.
    if (!issuer.equals(document.get("issuer"))) {
      throw new IllegalStateException(
          "The OpenID Connect discovery document at "
              + address
              + " names the issuer "
              + document.get("issuer")
              + ", not "
              + issuer
              + ": set app.identity.tokens.external-issuer to the issuer exactly as it appears in"
              + " the provider's tokens.");
    }
    if (!(document.get("jwks_uri") instanceof String jwksUri)) {
      throw new IllegalStateException(
          "The OpenID Connect discovery document at " + address + " has no jwks_uri.");
    }
    return jwksUri;
  }

  private static Map<String, Object> read(URI address) {
    var client =
        HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    var request =
        HttpRequest.newBuilder(address)
            .timeout(TIMEOUT)
            .header("Accept", "application/json")
            .build();
    try {
      var response = client.send(request, BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "The OpenID Connect discovery document at "
                + address
                + " answered "
                + response.statusCode()
                + "; check app.identity.tokens.external-issuer.");
      }
      return JsonUtil.parseJson(response.body());
    } catch (IOException | JoseException e) {
      throw new IllegalStateException(
          "Cannot read the OpenID Connect discovery document at "
              + address
              + "; check app.identity.tokens.external-issuer, or name the provider's keys in"
              + " mp.jwt.verify.publickey.location.",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while reading " + address, e);
    }
  }
}
