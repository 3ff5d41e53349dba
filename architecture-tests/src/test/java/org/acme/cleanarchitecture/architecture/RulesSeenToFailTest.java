package org.acme.cleanarchitecture.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.acme.violations.api.common.EntityTags;
import org.acme.violations.api.common.Locations;
import org.acme.violations.api.items.ItemLinks;
import org.acme.violations.api.lists.ListDetailsResource;
import org.acme.violations.api.lists.ListLinks;
import org.acme.violations.api.lists.ListResource;
import org.acme.violations.api.lists.ResourcePublishingEvents;
import org.acme.violations.api.lists.ResourceUsingInfrastructure;
import org.acme.violations.api.lists.ResourceUsingListStore;
import org.acme.violations.api.lists.ResourceUsingPipelineMediator;
import org.acme.violations.application.common.mediator.CommandHandler;
import org.acme.violations.application.common.ports.CurrentUser;
import org.acme.violations.application.items.ItemInList;
import org.acme.violations.application.lists.ArchiveListCommand;
import org.acme.violations.application.lists.ConstructorInjectedService;
import org.acme.violations.application.lists.CreateListCommand;
import org.acme.violations.application.lists.CreateListProcessor;
import org.acme.violations.application.lists.DeleteListCommand;
import org.acme.violations.application.lists.DeleteListHandler;
import org.acme.violations.application.lists.DeleteListWithItemsHandler;
import org.acme.violations.application.lists.ExportListHandler;
import org.acme.violations.application.lists.FieldInjectedService;
import org.acme.violations.application.lists.GetListQuery;
import org.acme.violations.application.lists.ListWithItems;
import org.acme.violations.application.lists.ListsOfOwner;
import org.acme.violations.application.lists.PublishListCommand;
import org.acme.violations.application.lists.RenameListCommand;
import org.acme.violations.application.lists.RenameListHandler;
import org.acme.violations.application.lists.ServiceCachingInRedis;
import org.acme.violations.application.lists.ServiceReadingMicroProfileConfig;
import org.acme.violations.application.lists.ServiceReturningJaxRsResponse;
import org.acme.violations.application.lists.ServiceUsingEntityManager;
import org.acme.violations.application.lists.ServiceUsingHibernateSession;
import org.acme.violations.application.lists.ServiceUsingInfrastructure;
import org.acme.violations.application.lists.ServiceUsingQuarkus;
import org.acme.violations.application.lists.TransactionalService;
import org.acme.violations.domain.EntityReturningDto;
import org.acme.violations.domain.EntityWithJpaAnnotation;
import org.acme.violations.domain.PlainEntity;
import org.acme.violations.infrastructure.AdapterUsingApi;
import org.acme.violations.infrastructure.ClockProducer;
import org.acme.violations.infrastructure.ConfigFieldInjectedAdapter;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves that every rule can fail: run against the deliberately broken sample under {@code
 * org.acme.violations}, each rule must name its offenders and spare the compliant classes beside
 * them. A rule that could never fail, or that failed compliant code too, would not get through
 * here.
 */
class RulesSeenToFailTest {

  private static final String SAMPLE_PACKAGE = "org.acme.violations";

  private static final JavaClasses SAMPLE = new ClassFileImporter().importPackages(SAMPLE_PACKAGE);

  private static final CleanArchitectureRules RULES =
      CleanArchitectureRules.forBasePackage(SAMPLE_PACKAGE);

  @Test
  void shouldRejectDependenciesPointingOutwards() {
    assertThatViolationsOf(RULES.dependenciesPointInwards())
        .contains(EntityReturningDto.class.getName())
        .contains(ServiceUsingInfrastructure.class.getName())
        .contains(AdapterUsingApi.class.getName())
        .contains(ResourceUsingInfrastructure.class.getName())
        .doesNotContain(PlainEntity.class.getName())
        .doesNotContain(ConstructorInjectedService.class.getName())
        .doesNotContain(ListDetailsResource.class.getName());
  }

  @Test
  void shouldRejectDomainDependingOnJpa() {
    assertThatViolationsOf(RULES.domainUsesOnlyTheJdk())
        .contains(EntityWithJpaAnnotation.class.getName())
        .doesNotContain(PlainEntity.class.getName())
        .doesNotContain(EntityReturningDto.class.getName());
  }

  @Test
  void shouldRejectApplicationDependingOnEachLibraryNotApproved() {
    assertThatViolationsOf(RULES.applicationUsesOnlyApprovedLibraries())
        .contains(ServiceReadingMicroProfileConfig.class.getName())
        .contains(ServiceUsingQuarkus.class.getName())
        .contains(ServiceCachingInRedis.class.getName())
        .contains(ServiceUsingHibernateSession.class.getName())
        .contains(ServiceUsingEntityManager.class.getName())
        .contains(TransactionalService.class.getName())
        .contains(ServiceReturningJaxRsResponse.class.getName())
        .doesNotContain(ConstructorInjectedService.class.getName())
        .doesNotContain(ServiceUsingInfrastructure.class.getName());
  }

  @Test
  void shouldRejectApiReachingPastTheMediator() {
    assertThatViolationsOf(RULES.apiReachesTheApplicationOnlyThroughTheMediator())
        .contains(ResourceUsingListStore.class.getName())
        .doesNotContain(ResourcePublishingEvents.class.getName())
        .doesNotContain(ListDetailsResource.class.getName());
  }

  @Test
  void shouldRejectApiPublishingDomainEvents() {
    assertThatViolationsOf(RULES.apiDoesNotPublishDomainEvents())
        .contains(ResourcePublishingEvents.class.getName())
        .contains(ResourceUsingPipelineMediator.class.getName())
        .doesNotContain(ListDetailsResource.class.getName());
  }

  @Test
  void shouldRejectCycleBetweenApplicationFeatures() {
    assertThatViolationsOf(RULES.applicationFeaturesAreFreeOfCycles())
        .contains(ListWithItems.class.getName())
        .contains(ItemInList.class.getName())
        .doesNotContain(RenameListCommand.class.getName());
  }

  @Test
  void shouldRejectCycleBetweenApiFeatures() {
    assertThatViolationsOf(RULES.apiFeaturesAreFreeOfCycles())
        .contains(ListLinks.class.getName())
        .contains(ItemLinks.class.getName())
        .doesNotContain(ListResource.class.getName());
  }

  @Test
  void shouldRejectApplicationCommonDependingOnAFeature() {
    assertThatViolationsOf(RULES.applicationCommonDependsOnNoFeature())
        .contains(CurrentUser.class.getName())
        .doesNotContain(CommandHandler.class.getName());
  }

  @Test
  void shouldRejectApiCommonDependingOnAFeature() {
    assertThatViolationsOf(RULES.apiCommonDependsOnNoFeature())
        .contains(Locations.class.getName())
        .doesNotContain(EntityTags.class.getName());
  }

  @Test
  void shouldRejectHandlerNotNamedHandler() {
    assertThatViolationsOf(RULES.handlersAreNamedHandler())
        .contains(CreateListProcessor.class.getName())
        .doesNotContain(RenameListHandler.class.getName());
  }

  @Test
  void shouldRejectClassNamedHandlerThatHandlesNothing() {
    assertThatViolationsOf(RULES.classesNamedHandlerAreHandlers())
        .contains(ExportListHandler.class.getName())
        .doesNotContain(RenameListHandler.class.getName());
  }

  @Test
  void shouldRejectCommandThatIsNotARecord() {
    assertThatViolationsOf(RULES.commandsAreRecordsNamedCommand())
        .contains(CreateListCommand.class.getName())
        .doesNotContain(RenameListCommand.class.getName());
  }

  @Test
  void shouldRejectQueryNotNamedQuery() {
    assertThatViolationsOf(RULES.queriesAreRecordsNamedQuery())
        .contains(ListsOfOwner.class.getName())
        .doesNotContain(GetListQuery.class.getName());
  }

  @Test
  void shouldRejectRequestWithoutHandlerOrWithTwo() {
    assertThatViolationsOf(RULES.everyRequestHasExactlyOneHandler())
        .contains(ArchiveListCommand.class.getName() + " has no handler")
        .contains(
            DeleteListCommand.class.getName()
                + " has 2 handlers: "
                + DeleteListHandler.class.getName()
                + ", "
                + DeleteListWithItemsHandler.class.getName())
        .doesNotContain(RenameListCommand.class.getName())
        // handled by CreateListProcessor: the handler is found by its interface, not its name
        .doesNotContain(CreateListCommand.class.getName());
  }

  @Test
  void shouldRejectRequestBothAuthorizedAndAnonymous() {
    assertThatViolationsOf(RULES.noRequestIsBothAuthorizedAndAnonymous())
        .contains(PublishListCommand.class.getName())
        .doesNotContain(RenameListCommand.class.getName())
        .doesNotContain(GetListQuery.class.getName())
        .doesNotContain(ListsOfOwner.class.getName());
  }

  @Test
  void shouldRejectFieldInjectionWithOrWithoutInject() {
    assertThatViolationsOf(RULES.noFieldInjection())
        .contains(FieldInjectedService.class.getName())
        .contains(ConfigFieldInjectedAdapter.class.getName())
        .doesNotContain(ConstructorInjectedService.class.getName())
        .doesNotContain(ClockProducer.class.getName());
  }

  @Test
  void shouldFindAViolationOfEveryRuleInTheSample() {
    assertThat(RULES.all()).allSatisfy(RulesSeenToFailTest::assertThatViolationsOf);
  }

  @Test
  void shouldReportTheViolationsOfEveryBrokenRuleInOneCheck() {
    assertThatThrownBy(() -> RULES.checkAll(SAMPLE))
        .isInstanceOf(AssertionError.class)
        .message()
        .contains(AdapterUsingApi.class.getName())
        .contains(FieldInjectedService.class.getName())
        .contains(PublishListCommand.class.getName());
  }

  @ParameterizedTest
  @ValueSource(
      classes = {
        EntityWithJpaAnnotation.class, // domain -> jakarta.persistence
        EntityReturningDto.class, // domain -> application
        ServiceUsingQuarkus.class, // application -> io.quarkus
        ServiceUsingInfrastructure.class, // application -> infrastructure
        AdapterUsingApi.class, // infrastructure -> api
        ResourceUsingInfrastructure.class, // api -> infrastructure
        ResourcePublishingEvents.class // api -> the application's event publisher
      })
  void shouldBlameABadImportOnOneRuleOnly(Class<?> importingClass) {
    List<String> rulesNamingIt =
        RULES.all().stream()
            .filter(rule -> violationDetailsOf(rule).contains(importingClass.getName()))
            .map(ArchRule::getDescription)
            .toList();

    assertThat(rulesNamingIt).hasSize(1);
  }

  @Test
  void shouldFailRatherThanPassWhenTheBasePackageHoldsNoClasses() {
    var rulesForMisspeltPackage = CleanArchitectureRules.forBasePackage("org.acme.violation");

    // The layered rule names each empty layer; every other rule reports that it checked nothing.
    assertThat(rulesForMisspeltPackage.all())
        .allSatisfy(
            rule ->
                assertThatThrownBy(() -> rule.check(SAMPLE))
                    .message()
                    .containsAnyOf("failed to check any classes", "Layer 'Domain' is empty"));
  }

  /**
   * Evaluates the rule on the sample, requires a violation and returns the report's details for
   * checking which classes it names.
   */
  private static AbstractStringAssert<?> assertThatViolationsOf(ArchRule rule) {
    return assertThat(violationDetailsOf(rule))
        .as("violations of: %s", rule.getDescription())
        .isNotEmpty();
  }

  /**
   * The details of the rule's report on the sample, empty if it found no violation. They leave out
   * the rule's description, so a name found there was found by the rule.
   */
  private static String violationDetailsOf(ArchRule rule) {
    return String.join(
        System.lineSeparator(), rule.evaluate(SAMPLE).getFailureReport().getDetails());
  }
}
