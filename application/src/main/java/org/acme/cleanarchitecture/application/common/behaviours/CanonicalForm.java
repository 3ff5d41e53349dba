package org.acme.cleanarchitecture.application.common.behaviours;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;

/**
 * A request written as one unambiguous string: its type, then every field by name in declaration
 * order, values in JSON notation. Two requests have the same form exactly when they are of the same
 * type with equal field values, so the form can key a cached answer or recognise a repeated
 * command. Requests are records, which the architecture tests ensure.
 */
final class CanonicalForm {

  // Looked up once per record type, not on every request.
  private static final ClassValue<List<RecordComponent>> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
          var components = List.of(type.getRecordComponents());
          components.forEach(component -> component.getAccessor().setAccessible(true));
          return components;
        }
      };

  private CanonicalForm() {}

  static String of(Record request) {
    var form = new StringBuilder(request.getClass().getName());
    appendRecord(form, request);
    return form.toString();
  }

  private static void appendRecord(StringBuilder form, Record value) {
    form.append('{');
    var components = COMPONENTS.get(value.getClass());
    for (int i = 0; i < components.size(); i++) {
      var component = components.get(i);
      if (i > 0) {
        form.append(',');
      }
      appendString(form, component.getName());
      form.append(':');
      appendValue(form, read(component, value));
    }
    form.append('}');
  }

  private static void appendValue(StringBuilder form, Object value) {
    if (value == null || value instanceof Number || value instanceof Boolean) {
      form.append(value);
    } else if (value instanceof Record nested) {
      appendRecord(form, nested);
    } else if (value instanceof Collection<?> values) {
      form.append('[');
      var first = true;
      for (var element : values) {
        if (!first) {
          form.append(',');
        }
        appendValue(form, element);
        first = false;
      }
      form.append(']');
    } else {
      // Strings, enums and value types such as dates, by their string form.
      appendString(form, value.toString());
    }
  }

  private static void appendString(StringBuilder form, String value) {
    form.append('"');
    for (int i = 0; i < value.length(); i++) {
      var character = value.charAt(i);
      if (character == '"' || character == '\\') {
        form.append('\\');
      }
      form.append(character);
    }
    form.append('"');
  }

  private static Object read(RecordComponent component, Record value) {
    try {
      return component.getAccessor().invoke(value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read " + component + " of a request", e);
    }
  }
}
