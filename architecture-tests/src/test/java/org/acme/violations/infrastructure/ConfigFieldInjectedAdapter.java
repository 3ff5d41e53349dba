package org.acme.violations.infrastructure;

import org.eclipse.microprofile.config.inject.ConfigProperty;

public class ConfigFieldInjectedAdapter {

  @ConfigProperty(name = "lists.page-size")
  int pageSize;
}
