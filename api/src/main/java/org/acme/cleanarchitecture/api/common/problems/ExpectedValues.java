package org.acme.cleanarchitecture.api.common.problems;

import java.util.Set;

/**
 * What a client is told a value must be, by the Java type it is read into. The message names the
 * expectation, never the value: a value sent in the wrong place may be something private.
 */
final class ExpectedValues {

  private static final Set<Class<?>> WHOLE_NUMBERS =
      Set.of(int.class, Integer.class, long.class, Long.class);

  private ExpectedValues() {}

  static String expectationFor(Class<?> type) {
    if (type == String.class) {
      return "This must be a string.";
    }
    if (WHOLE_NUMBERS.contains(type)) {
      return "This must be a whole number.";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "This must be true or false.";
    }
    return "This value does not have the expected type.";
  }
}
