package org.acme.cleanarchitecture.infrastructure.logging;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.ports.RequestLogSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The request log level of {@code app.mediator.request-log-level}: INFO, DEBUG or OFF. */
@ApplicationScoped
class ConfiguredRequestLogSettings implements RequestLogSettings {

  private final RequestLogLevel requestLevel;

  ConfiguredRequestLogSettings(
      @ConfigProperty(name = "app.mediator.request-log-level", defaultValue = "INFO")
          RequestLogLevel requestLevel) {
    this.requestLevel = requestLevel;
  }

  @Override
  public RequestLogLevel requestLevel() {
    return requestLevel;
  }
}
