package org.acme.cleanarchitecture.application.common.exceptions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request broke one or more validation rules. Carries every failure at once, grouped by the field
 * it concerns, so a client can show them all together.
 */
public class ValidationException extends ExpectedFailure {

  private final Map<String, List<String>> errors;

  public ValidationException(Map<String, List<String>> errors) {
    super(400, "One or more validation failures have occurred: " + errors);
    this.errors = Collections.unmodifiableMap(new TreeMap<>(errors));
  }

  /** Groups the failures by field, keeping the order of the messages of each field. */
  public ValidationException(Collection<ValidationFailure> failures) {
    this(groupedByField(failures));
  }

  /** Failure messages by field name; a rule that concerns the whole request uses "". */
  public Map<String, List<String>> errors() {
    return errors;
  }

  private static Map<String, List<String>> groupedByField(Collection<ValidationFailure> failures) {
    var grouped = new TreeMap<String, List<String>>();
    for (var failure : failures) {
      grouped.computeIfAbsent(failure.field(), ignored -> new ArrayList<>()).add(failure.message());
    }
    return grouped;
  }
}
