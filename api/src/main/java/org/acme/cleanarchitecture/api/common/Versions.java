package org.acme.cleanarchitecture.api.common;

import jakarta.ws.rs.core.EntityTag;
import java.util.List;
import java.util.Map;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationException;

/**
 * Entity versions as HTTP entity tags: GET answers with {@code ETag: "3"}, and a change sent with
 * {@code If-Match: "3"} is refused with 409 if the entity has moved on since.
 */
public final class Versions {

  private Versions() {}

  public static EntityTag entityTag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * The version an {@code If-Match} header names; {@code null} without the header or with {@code *}
   * (any version), so the change applies to whatever version is stored.
   *
   * @throws ValidationException if the header does not name one version
   */
  public static Long fromIfMatch(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    var tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      return Long.valueOf(tag);
    } catch (NumberFormatException e) {
      throw new ValidationException(
          Map.of("If-Match", List.of("If-Match must name one version, such as \"3\".")));
    }
  }
}
