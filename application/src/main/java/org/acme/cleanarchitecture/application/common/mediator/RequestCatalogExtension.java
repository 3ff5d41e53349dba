package org.acme.cleanarchitecture.application.common.mediator;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.build.compatible.spi.Enhancement;
import jakarta.enterprise.inject.build.compatible.spi.Parameters;
import jakarta.enterprise.inject.build.compatible.spi.Synthesis;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanCreator;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticComponents;
import jakarta.enterprise.lang.model.declarations.ClassInfo;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A CDI Lite extension that lists every command and query record while the container is built (at
 * build time under Quarkus), and publishes the list as the {@link RequestCatalog} bean. That is how
 * a request without a handler stops the service at startup instead of failing its first call.
 */
public class RequestCatalogExtension implements BuildCompatibleExtension {

  private final List<ClassInfo> requestTypes = new ArrayList<>();

  @Enhancement(types = Request.class, withSubtypes = true)
  public void collect(ClassInfo type) {
    if (!type.isInterface() && !type.isAbstract()) {
      requestTypes.add(type);
    }
  }

  @Synthesis
  public void publish(SyntheticComponents components) {
    components
        .addBean(RequestCatalog.class)
        .type(RequestCatalog.class)
        .scope(Singleton.class)
        .withParam("requestTypes", requestTypes.toArray(ClassInfo[]::new))
        .createWith(Creator.class);
  }

  /** Builds the catalog at runtime from the classes found at build time. */
  public static final class Creator implements SyntheticBeanCreator<RequestCatalog> {

    @Override
    public RequestCatalog create(Instance<Object> lookup, Parameters parameters) {
      return new RequestCatalog(Set.of(parameters.get("requestTypes", Class[].class)));
    }
  }
}
