package org.acme.cleanarchitecture.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Holds the template's own production code to every rule of {@link CleanArchitectureRules}. A fork
 * copies this class and changes {@link #BASE_PACKAGE}.
 */
@AnalyzeClasses(
    packages = ArchitectureTest.BASE_PACKAGE,
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  static final String BASE_PACKAGE = "org.acme.cleanarchitecture";

  private static final CleanArchitectureRules RULES =
      CleanArchitectureRules.forBasePackage(BASE_PACKAGE);

  @ArchTest static final ArchRule domainDependsOnlyOnTheJdk = RULES.domainDependsOnlyOnTheJdk();

  @ArchTest
  static final ArchRule applicationDependsOnlyOnTheDomainAndApprovedApis =
      RULES.applicationDependsOnlyOnTheDomainAndApprovedApis();

  @ArchTest
  static final ArchRule applicationDependsOnNoFramework = RULES.applicationDependsOnNoFramework();

  @ArchTest
  static final ArchRule applicationDependsOnNoOuterLayer = RULES.applicationDependsOnNoOuterLayer();

  @ArchTest
  static final ArchRule infrastructureDoesNotDependOnApi = RULES.infrastructureDoesNotDependOnApi();

  @ArchTest
  static final ArchRule apiDoesNotDependOnInfrastructure = RULES.apiDoesNotDependOnInfrastructure();

  @ArchTest
  static final ArchRule apiReachesTheApplicationOnlyThroughTheMediator =
      RULES.apiReachesTheApplicationOnlyThroughTheMediator();

  @ArchTest
  static final ArchRule apiDoesNotPublishDomainEvents = RULES.apiDoesNotPublishDomainEvents();

  @ArchTest
  static final ArchRule applicationFeaturesAreFreeOfCycles =
      RULES.applicationFeaturesAreFreeOfCycles();

  @ArchTest static final ArchRule apiFeaturesAreFreeOfCycles = RULES.apiFeaturesAreFreeOfCycles();

  @ArchTest
  static final ArchRule applicationCommonDependsOnNoFeature =
      RULES.applicationCommonDependsOnNoFeature();

  @ArchTest static final ArchRule apiCommonDependsOnNoFeature = RULES.apiCommonDependsOnNoFeature();

  @ArchTest static final ArchRule handlersAreNamedHandler = RULES.handlersAreNamedHandler();

  @ArchTest
  static final ArchRule classesNamedHandlerAreHandlers = RULES.classesNamedHandlerAreHandlers();

  @ArchTest
  static final ArchRule commandsAreRecordsNamedCommand = RULES.commandsAreRecordsNamedCommand();

  @ArchTest static final ArchRule queriesAreRecordsNamedQuery = RULES.queriesAreRecordsNamedQuery();

  @ArchTest static final ArchRule noFieldInjection = RULES.noFieldInjection();
}
