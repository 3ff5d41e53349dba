package org.acme.cleanarchitecture.application.common.security;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;

/** Every authorization policy, defined here and nowhere else. */
public final class Policies {

  public static final String CAN_PURGE = "CanPurge";

  private static final Map<String, Predicate<CurrentUser>> RULES =
      Map.of(CAN_PURGE, user -> user.isInRole(Roles.ADMINISTRATOR));

  private Policies() {}

  public static Set<String> names() {
    return RULES.keySet();
  }

  /**
   * Whether the caller satisfies the named policy.
   *
   * @throws IllegalArgumentException for a policy that is not defined here
   */
  public static boolean isSatisfiedBy(String policy, CurrentUser user) {
    var rule = RULES.get(policy);
    if (rule == null) {
      throw new IllegalArgumentException("Unknown authorization policy " + policy);
    }
    return rule.test(user);
  }
}
