package org.acme.cleanarchitecture.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.SimpleConditionEvent.violated;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import java.util.List;
import java.util.Objects;

/**
 * The architecture rules of the template, for any base package laid out like it: {@code
 * <base>.domain}, {@code <base>.application}, {@code <base>.infrastructure} and {@code <base>.api};
 * application and api organised by feature, with what the features share in a {@code common}
 * package; the mediator's interfaces in {@code <base>.application.common.mediator} and the security
 * annotations in {@code <base>.application.common.security}. These types are named, not imported,
 * so the rules need nothing on the classpath but ArchUnit.
 *
 * <p>A fork adopts the rules with one line against its own base package, {@code
 * CleanArchitectureRules.forBasePackage("com.example.orders").checkAll()}, which reports every
 * broken rule at once. Or it checks each rule of {@link #all()} as a test of its own, exactly as
 * this module's {@code ArchitectureTest} does: each rule then passes or fails with its own name and
 * reason. Either way, a rule added to the set is enforced without touching the test.
 *
 * <p>An existing code base that breaks the rules adopts them frozen, with {@link #checkAllFrozen()}
 * or {@link #allFrozen()}: ArchUnit's {@link FreezingArchRule} records the violations of the first
 * run in a violation store and tolerates them, fails on every violation not recorded, and removes
 * from the store each violation once it is fixed. The store is a directory committed with the code,
 * configured in {@code archunit.properties}: {@code freeze.store.default.path} says where it lives
 * (by default {@code archunit_store} in the working directory), and {@code
 * freeze.store.default.allowStoreCreation} (false by default) must be true for the run that creates
 * it, and only for that run, so that a build which lost the store fails instead of silently
 * recording a fresh baseline. {@code freeze.refreeze=true} records the current violations anew, for
 * the rare decision to accept the code as it now is.
 *
 * <p>Each rule judges one thing, so that one bad import fails one rule: which layer may use which
 * is for {@link #dependenciesPointInwards()} alone, while the rules on libraries allow the whole
 * base package.
 *
 * <p>Every rule fails when it finds nothing to check: an empty set almost always means a misspelt
 * base package or a moved layer, and a silently green rule guards nothing.
 */
public final class CleanArchitectureRules {

  private final String basePackage;
  private final String domain;
  private final String application;
  private final String infrastructure;
  private final String api;
  private final String applicationCommon;
  private final String mediator;
  private final String domainEventPublisher;
  private final String request;
  private final String command;
  private final String query;
  private final String requestHandler;
  private final String notificationHandler;
  private final String authorize;
  private final String allowAnonymous;

  private CleanArchitectureRules(String basePackage) {
    this.basePackage = basePackage;
    this.domain = basePackage + ".domain..";
    this.application = basePackage + ".application..";
    this.infrastructure = basePackage + ".infrastructure..";
    this.api = basePackage + ".api..";
    this.applicationCommon = basePackage + ".application.common.";
    String mediatorPackage = applicationCommon + "mediator.";
    this.mediator = mediatorPackage + "Mediator";
    this.domainEventPublisher = mediatorPackage + "DomainEventPublisher";
    this.request = mediatorPackage + "Request";
    this.command = mediatorPackage + "Command";
    this.query = mediatorPackage + "Query";
    this.requestHandler = mediatorPackage + "RequestHandler";
    this.notificationHandler = mediatorPackage + "NotificationHandler";
    String securityPackage = applicationCommon + "security.";
    this.authorize = securityPackage + "Authorize";
    this.allowAnonymous = securityPackage + "AllowAnonymous";
  }

  /** The rules for the code under {@code basePackage}, such as {@code "com.example.orders"}. */
  public static CleanArchitectureRules forBasePackage(String basePackage) {
    return new CleanArchitectureRules(Objects.requireNonNull(basePackage, "basePackage"));
  }

  /** Every rule of the set: each public method of this class that returns a rule. */
  public List<ArchRule> all() {
    return List.of(
        dependenciesPointInwards(),
        domainUsesOnlyTheJdk(),
        applicationUsesOnlyApprovedLibraries(),
        apiReachesTheApplicationOnlyThroughTheMediator(),
        apiDoesNotPublishDomainEvents(),
        applicationFeaturesAreFreeOfCycles(),
        apiFeaturesAreFreeOfCycles(),
        applicationCommonDependsOnNoFeature(),
        apiCommonDependsOnNoFeature(),
        handlersAreNamedHandler(),
        classesNamedHandlerAreHandlers(),
        commandsAreRecordsNamedCommand(),
        queriesAreRecordsNamedQuery(),
        everyRequestHasExactlyOneHandler(),
        noRequestIsBothAuthorizedAndAnonymous(),
        noFieldInjection());
  }

  /**
   * Every rule of the set, each frozen: violations recorded in the store are tolerated, new ones
   * fail, fixed ones leave the store. Each rule keeps a store file of its own, so adding a rule to
   * the set leaves the violations recorded for the others as they are.
   */
  public List<ArchRule> allFrozen() {
    return all().stream().<ArchRule>map(FreezingArchRule::freeze).toList();
  }

  /**
   * Checks every rule against the {@link #productionClasses()} and fails with the violations of
   * every broken rule together; a rule that finds no class to check stops the check at once.
   */
  public void checkAll() {
    checkAll(productionClasses());
  }

  /** Checks every rule against {@code classes}; see {@link #checkAll()}. */
  public void checkAll(JavaClasses classes) {
    CompositeArchRule.of(all()).check(classes);
  }

  /** Checks every rule, frozen, against the {@link #productionClasses()}. */
  public void checkAllFrozen() {
    checkAllFrozen(productionClasses());
  }

  /** Checks every rule, frozen, against {@code classes}; see {@link #allFrozen()}. */
  public void checkAllFrozen(JavaClasses classes) {
    CompositeArchRule.of(allFrozen()).check(classes);
  }

  /**
   * The classes under the base package on the class path, but for test classes: those may break the
   * rules to set up their cases.
   */
  public JavaClasses productionClasses() {
    return new ClassFileImporter()
        .withImportOption(new ImportOption.DoNotIncludeTests())
        .importPackages(basePackage);
  }

  public ArchRule dependenciesPointInwards() {
    // Layers are not optional: a layer that holds no class fails the rule under its own name.
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Domain")
        .definedBy(domain)
        .layer("Application")
        .definedBy(application)
        .layer("Infrastructure")
        .definedBy(infrastructure)
        .layer("Api")
        .definedBy(api)
        .whereLayer("Domain")
        .mayOnlyBeAccessedByLayers("Application", "Infrastructure", "Api")
        .whereLayer("Application")
        .mayOnlyBeAccessedByLayers("Infrastructure", "Api")
        .whereLayer("Infrastructure")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Api")
        .mayNotBeAccessedByAnyLayer()
        .because(
            "dependencies point inwards: the outer layers implement the application's ports and"
                + " call its use cases, never the other way round; and api and infrastructure stay"
                + " apart, as a resource reaching into an adapter would bypass the mediator's"
                + " authorization, validation and transaction, and an adapter knowing the resources"
                + " would tie persistence and caching to HTTP");
  }

  public ArchRule domainUsesOnlyTheJdk() {
    return classes()
        .that()
        .resideInAPackage(domain)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            // which of the base package's layers it may use, dependenciesPointInwards judges
            basePackage + "..")
        .because(
            "the domain is the stable core of the service: plain Java that outlives every"
                + " framework, database and transport around it")
        .allowEmptyShould(false);
  }

  public ArchRule applicationUsesOnlyApprovedLibraries() {
    // MapStruct's generated mappers carry javax.annotation.processing.Generated, but only in their
    // source: the annotation is not retained in the class files that ArchUnit reads.
    return classes()
        .that()
        .resideInAPackage(application)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            // which of the base package's layers it may use, dependenciesPointInwards judges
            basePackage + "..",
            "jakarta.inject..",
            "jakarta.enterprise..", // scopes and events, and CDI Lite's build-time extension API
            "jakarta.validation..", // rather than Hibernate Validator's own constraints
            "org.mapstruct..",
            "org.jboss.logging..")
        .because(
            "use cases must run in plain JUnit and survive a change of web framework, database or"
                + " cache, so they use only the JDK, the Jakarta APIs for CDI and validation,"
                + " MapStruct and a logging API; Quarkus, Vert.x, Hibernate, JPA, JTA, JAX-RS and"
                + " the Redis clients are reached only through ports that the infrastructure"
                + " implements, and any other library is a decision to take by extending this rule,"
                + " not an import that slips in")
        .allowEmptyShould(false);
  }

  public ArchRule apiReachesTheApplicationOnlyThroughTheMediator() {
    DescribedPredicate<JavaClass> whatTheApplicationOffers =
        assignableTo(request) // commands and queries
            .or(name(mediator))
            .or(simpleNameEndingWith("Dto"))
            .or(simpleNameEndingWith("Vm"))
            .or(
                resideInAnyPackage(
                    applicationCommon + "models..",
                    applicationCommon + "exceptions..",
                    applicationCommon + "security.."));
    return noClasses()
        .that()
        .resideInAPackage(api)
        .should()
        .dependOnClassesThat(
            resideInAPackage(application)
                .and(not(whatTheApplicationOffers))
                // Inner workings too, but banned with a reason of their own by
                // apiDoesNotPublishDomainEvents, so that one bad import fails one rule.
                .and(not(assignableTo(domainEventPublisher)))
                .as(
                    "belong to the application's inner workings: anything but the Mediator,"
                        + " requests, DTOs, view models and the common models, exceptions and"
                        + " security constants (event publishers have a rule of their own)"))
        .because(
            "resources stay thin: they turn HTTP into a request for the mediator and its result"
                + " back; a port, repository, handler or validator called directly would skip the"
                + " pipeline's authorization, validation and transaction")
        .allowEmptyShould(false);
  }

  public ArchRule apiDoesNotPublishDomainEvents() {
    // Assignable rather than equal, so PipelineMediator, which publishes events too, is banned.
    return noClasses()
        .that()
        .resideInAPackage(api)
        .should()
        .dependOnClassesThat()
        .areAssignableTo(domainEventPublisher)
        .because(
            "the infrastructure publishes domain events in step with the transaction of the"
                + " command that raised them; published by a resource, their handlers would act on"
                + " changes that were never committed")
        .allowEmptyShould(false);
  }

  public ArchRule applicationFeaturesAreFreeOfCycles() {
    return slices()
        .matching(basePackage + ".application.(*)..")
        .should()
        .beFreeOfCycles()
        .because(
            "each feature must be understandable and changeable on its own; what features share"
                + " belongs in common, which depends on no feature")
        .allowEmptyShould(false);
  }

  public ArchRule apiFeaturesAreFreeOfCycles() {
    return slices()
        .matching(basePackage + ".api.(*)..")
        .should()
        .beFreeOfCycles()
        .because(
            "each feature's endpoints must be understandable and changeable on their own; what"
                + " they share belongs in common, which depends on no feature")
        .allowEmptyShould(false);
  }

  public ArchRule applicationCommonDependsOnNoFeature() {
    return commonDependsOnNoFeature(basePackage + ".application");
  }

  public ArchRule apiCommonDependsOnNoFeature() {
    return commonDependsOnNoFeature(basePackage + ".api");
  }

  private static ArchRule commonDependsOnNoFeature(String layer) {
    return noClasses()
        .that()
        .resideInAPackage(layer + ".common..")
        .should()
        .dependOnClassesThat(
            resideInAPackage(layer + ".*..")
                .and(resideOutsideOfPackage(layer + ".common.."))
                .as("belong to a feature of " + layer))
        .because(
            "common holds what the features share; if it reached into one feature, every feature"
                + " that uses common would depend on that one too, and none could change on its"
                + " own")
        .allowEmptyShould(false);
  }

  public ArchRule handlersAreNamedHandler() {
    // RequestHandler is the parent of CommandHandler and QueryHandler, so it covers both.
    return classes()
        .that()
        .implement(requestHandler)
        .or()
        .implement(notificationHandler)
        .should()
        .haveSimpleNameEndingWith("Handler")
        .because(
            "a handler is found by name beside what it handles: GetWeatherForecastsQuery and"
                + " GetWeatherForecastsHandler")
        .allowEmptyShould(false);
  }

  public ArchRule classesNamedHandlerAreHandlers() {
    return classes()
        .that()
        .resideInAPackage(application)
        .and()
        .haveSimpleNameEndingWith("Handler")
        .should()
        .beAssignableTo(requestHandler)
        .orShould()
        .beAssignableTo(notificationHandler)
        .because(
            "the Handler suffix promises that the mediator calls the class; anything else needs a"
                + " name that says what it does")
        .allowEmptyShould(false);
  }

  public ArchRule commandsAreRecordsNamedCommand() {
    return classes()
        .that()
        .implement(command)
        .should()
        .beRecords()
        .andShould()
        .haveSimpleNameEndingWith("Command")
        .because(
            "a command is an immutable message, which a record states in one line, and its name"
                + " tells a change from a read at a glance")
        .allowEmptyShould(false);
  }

  public ArchRule queriesAreRecordsNamedQuery() {
    return classes()
        .that()
        .implement(query)
        .should()
        .beRecords()
        .andShould()
        .haveSimpleNameEndingWith("Query")
        .because(
            "a query is an immutable message, which a record states in one line, and its name"
                + " tells a read from a change at a glance")
        .allowEmptyShould(false);
  }

  public ArchRule everyRequestHasExactlyOneHandler() {
    return classes()
        .that()
        .areAssignableTo(request)
        .and()
        .areNotInterfaces()
        .and()
        .doNotHaveModifier(JavaModifier.ABSTRACT)
        .should(haveExactlyOneHandler())
        .because(
            "the mediator sends each request to exactly one handler: without one, the request"
                + " fails only once it is sent; with two, it is left to chance which one runs")
        .allowEmptyShould(false);
  }

  private ArchCondition<JavaClass> haveExactlyOneHandler() {
    return new ArchCondition<>("have exactly one handler") {
      @Override
      public void check(JavaClass request, ConditionEvents events) {
        List<String> handlers = handlersOf(request);
        if (handlers.isEmpty()) {
          events.add(violated(request, request.getName() + " has no handler"));
        } else if (handlers.size() > 1) {
          events.add(
              violated(
                  request,
                  request.getName()
                      + " has "
                      + handlers.size()
                      + " handlers: "
                      + String.join(", ", handlers)));
        }
      }
    };
  }

  /**
   * The names of the classes that implement {@code RequestHandler}, directly or through {@code
   * CommandHandler} or {@code QueryHandler}, with the request as first type argument. A type
   * argument is a dependency, so each handler is among the classes that depend on the request.
   */
  private List<String> handlersOf(JavaClass request) {
    return request.getDirectDependenciesToSelf().stream()
        .map(Dependency::getOriginClass)
        .distinct()
        .filter(dependent -> handles(dependent, request))
        .map(JavaClass::getName)
        .sorted()
        .toList();
  }

  private boolean handles(JavaClass candidate, JavaClass request) {
    return candidate.getInterfaces().stream()
        .filter(JavaParameterizedType.class::isInstance)
        .map(JavaParameterizedType.class::cast)
        .filter(implemented -> implemented.toErasure().isAssignableTo(requestHandler))
        .map(handlerInterface -> handlerInterface.getActualTypeArguments().get(0))
        .anyMatch(handled -> handled.getName().equals(request.getName()));
  }

  public ArchRule noRequestIsBothAuthorizedAndAnonymous() {
    // A request with neither annotation is fine: the pipeline's default applies to it.
    return noClasses()
        .that()
        .areAssignableTo(request)
        .should()
        .beAnnotatedWith(authorize)
        .andShould()
        .beAnnotatedWith(allowAnonymous)
        .because(
            "a request is either open to anonymous callers or restricted to authorized ones;"
                + " marked as both, it states two contradicting policies and leaves the reader to"
                + " guess which one the pipeline enforces")
        .allowEmptyShould(false);
  }

  public ArchRule noFieldInjection() {
    // Quarkus injects a field that carries a qualifier even without @Inject; a producer field
    // carries one to qualify what it produces, not to be injected.
    return noFields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage(basePackage + "..")
        .and()
        .areNotAnnotatedWith("jakarta.enterprise.inject.Produces")
        .should()
        .beAnnotatedWith("jakarta.inject.Inject")
        .orShould()
        .beMetaAnnotatedWith("jakarta.inject.Qualifier")
        .because(
            "constructor injection keeps dependencies explicit and fields final, and lets a unit"
                + " test build the class without a container")
        .allowEmptyShould(false);
  }
}
