package org.acme.cleanarchitecture.api.common.problems;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a client is told a value must be, by the Java type it is read into. The message names the
 * expectation, never the value: a value sent in the wrong place may be something private.
 */
final class ExpectedValues {

  /** The whole-number types, each with the narrowing that fails for a number beyond its range. */
  private static final Map<Class<?>, Function<BigInteger, Number>> WHOLE_NUMBERS =
      Map.of(
          int.class, BigInteger::intValueExact,
          Integer.class, BigInteger::intValueExact,
          long.class, BigInteger::longValueExact,
          Long.class, BigInteger::longValueExact);

  private ExpectedValues() {}

  static String expectationFor(Class<?> type) {
    if (type == String.class) {
      return "This must be a string.";
    }
    if (WHOLE_NUMBERS.containsKey(type)) {
      return "This must be a whole number.";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "This must be true or false.";
    }
    return "This value does not have the expected type.";
  }

  /**
   * Why the text, from a path or query parameter, is not a value of the whole-number type; empty if
   * it is one, or if the type is not a whole number.
   */
  static Optional<String> refusalOf(String text, Class<?> type) {
    var narrowing = WHOLE_NUMBERS.get(type);
    if (narrowing == null) {
      return Optional.empty();
    }
    BigInteger number;
    try {
      number = new BigInteger(text);
    } catch (NumberFormatException e) {
      return Optional.of(expectationFor(type));
    }
    try {
      narrowing.apply(number);
      return Optional.empty();
    } catch (ArithmeticException e) {
      return Optional.of("This number is out of range.");
    }
  }
}
