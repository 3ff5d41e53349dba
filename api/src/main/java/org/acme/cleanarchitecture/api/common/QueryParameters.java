package org.acme.cleanarchitecture.api.common;

import java.util.ArrayList;
import java.util.List;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationException;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationFailure;

/**
 * Reads numeric query parameters from their text. JAX-RS would answer a parameter that is not a
 * number with 404; this names every such parameter in one 400 instead.
 */
public final class QueryParameters {

  private final List<ValidationFailure> failures = new ArrayList<>();

  /** The parameter as a number, {@code null} if absent. */
  public Long optionalLong(String name, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      reject(name);
      return null;
    }
  }

  /** The parameter as a number, {@code defaultValue} if absent. */
  public int intOrDefault(String name, String text, int defaultValue) {
    if (text == null || text.isBlank()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      reject(name);
      return defaultValue;
    }
  }

  /**
   * @throws ValidationException naming every parameter read so far that was not a number
   */
  public void requireValid() {
    if (!failures.isEmpty()) {
      throw new ValidationException(failures);
    }
  }

  private void reject(String name) {
    failures.add(new ValidationFailure(name, "This must be a whole number."));
  }
}
