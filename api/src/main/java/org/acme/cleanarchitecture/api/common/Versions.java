package org.acme.cleanarchitecture.api.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import java.util.List;
import java.util.Map;
import org.acme.cleanarchitecture.application.common.exceptions.PreconditionFailedException;
import org.acme.cleanarchitecture.application.common.exceptions.PreconditionRequiredException;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Entity versions as HTTP entity tags (RFC 9110): GET answers with the strong tag {@code ETag:
 * "3"}, and a change sent with {@code If-Match: "3"} is refused with 412 if the entity has moved on
 * since. The handler compares the version; this class only reads the header.
 */
@ApplicationScoped
public class Versions {

  private final boolean ifMatchRequired;

  Versions(
      @ConfigProperty(name = "app.http.require-if-match", defaultValue = "false")
          boolean ifMatchRequired) {
    this.ifMatchRequired = ifMatchRequired;
  }

  public static EntityTag entityTag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * The version an {@code If-Match} header names; {@code null} with {@code *} (any stored version)
   * or, unless {@code app.http.require-if-match} is on, without the header, so the change applies
   * to whatever version is stored.
   *
   * @throws PreconditionRequiredException if the header is required and missing
   * @throws PreconditionFailedException for a weak tag, which If-Match never matches (it compares
   *     strongly)
   * @throws ValidationException if the header is not one quoted entity tag naming a version
   */
  public Long expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      if (ifMatchRequired) {
        throw new PreconditionRequiredException(
            "Send If-Match with the ETag last read, such as \"3\", or * to change any version.");
      }
      return null;
    }
    var tag = ifMatch.strip();
    if (tag.equals("*")) {
      return null;
    }
    if (tag.startsWith("W/")) {
      throw new PreconditionFailedException(
          "If-Match compares entity tags strongly, so the weak tag " + tag + " never matches.");
    }
    if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      try {
        return Long.valueOf(tag.substring(1, tag.length() - 1));
      } catch (NumberFormatException e) {
        // Falls through to the refusal below.
      }
    }
    throw new ValidationException(
        Map.of("If-Match", List.of("If-Match must name one version, such as \"3\", or be *.")));
  }
}
