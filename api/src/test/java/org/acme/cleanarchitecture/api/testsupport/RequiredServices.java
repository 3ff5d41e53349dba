package org.acme.cleanarchitecture.api.testsupport;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.acme.cleanarchitecture.infrastructure.testsupport.LocalServices;

/**
 * Runs the infrastructure tests' {@link LocalServices} check before the service starts for the API
 * tests too: Quarkus finds test resources only on the tested module's own test classes.
 */
@WithTestResource(value = LocalServices.class, scope = TestResourceScope.GLOBAL)
public final class RequiredServices {

  private RequiredServices() {}
}
