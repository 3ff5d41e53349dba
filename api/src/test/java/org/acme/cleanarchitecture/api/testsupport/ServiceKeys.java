package org.acme.cleanarchitecture.api.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.security.KeyPair;
import java.util.Map;

/**
 * Gives the service its token keys for the tests as production would, mid-rotation: a signing key,
 * and the previous key's public half, which still verifies. Tests about tokens sign with either.
 */
@WithTestResource(value = ServiceKeys.class, scope = TestResourceScope.GLOBAL)
public class ServiceKeys implements QuarkusTestResourceLifecycleManager {

  private static final String SIGNING_KEY = "signing-key";
  private static final String PREVIOUS_KEY = "previous-key";

  @Override
  public Map<String, String> start() {
    TestKeys.create(SIGNING_KEY);
    TestKeys.create(PREVIOUS_KEY);
    return Map.of(
        "app.identity.tokens.signing-key.location",
        TestKeys.privateKeyFile(SIGNING_KEY).toString(),
        "app.identity.tokens.verification-keys.locations",
        TestKeys.publicKeyFile(PREVIOUS_KEY).toString());
  }

  @Override
  public void stop() {}

  /** The key the service signs its tokens with. */
  public static KeyPair signingKey() {
    return TestKeys.load(SIGNING_KEY);
  }

  /** The key the service signed with before the rotation: it verifies, but no longer signs. */
  public static KeyPair previousKey() {
    return TestKeys.load(PREVIOUS_KEY);
  }
}
