package org.acme.violations.api.common;

public final class EntityTags {

  private EntityTags() {}

  public static String of(long version) {
    return "\"" + version + "\"";
  }
}
