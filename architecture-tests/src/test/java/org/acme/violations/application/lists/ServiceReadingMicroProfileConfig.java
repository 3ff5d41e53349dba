package org.acme.violations.application.lists;

import org.eclipse.microprofile.config.ConfigProvider;

public class ServiceReadingMicroProfileConfig {

  int pageSize() {
    return ConfigProvider.getConfig().getValue("lists.page-size", Integer.class);
  }
}
