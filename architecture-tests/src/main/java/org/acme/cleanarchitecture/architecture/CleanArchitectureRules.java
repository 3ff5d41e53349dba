package org.acme.cleanarchitecture.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Objects;

/**
 * The architecture rules of the template, for any base package laid out like it: {@code
 * <base>.domain}, {@code <base>.application}, {@code <base>.infrastructure} and {@code <base>.api},
 * with the mediator's interfaces in {@code <base>.application.common.mediator}. The interfaces are
 * named, not imported, so the rules need nothing on the classpath but ArchUnit.
 *
 * <p>A fork names its own base package and declares one {@code @ArchTest} field per rule, exactly
 * as this module's {@code ArchitectureTest} does; each rule then passes or fails on its own, with
 * its own reason. To adopt the rules on an existing code base, wrap them in {@code
 * FreezingArchRule.freeze(...)}: the violations of the first run are recorded and tolerated, and
 * only new ones fail the build.
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
  private final String command;
  private final String query;
  private final String requestHandler;
  private final String notificationHandler;

  private CleanArchitectureRules(String basePackage) {
    this.basePackage = basePackage;
    this.domain = basePackage + ".domain..";
    this.application = basePackage + ".application..";
    this.infrastructure = basePackage + ".infrastructure..";
    this.api = basePackage + ".api..";
    String mediator = basePackage + ".application.common.mediator.";
    this.command = mediator + "Command";
    this.query = mediator + "Query";
    this.requestHandler = mediator + "RequestHandler";
    this.notificationHandler = mediator + "NotificationHandler";
  }

  /** The rules for the code under {@code basePackage}, such as {@code "com.example.orders"}. */
  public static CleanArchitectureRules forBasePackage(String basePackage) {
    return new CleanArchitectureRules(Objects.requireNonNull(basePackage, "basePackage"));
  }

  /**
   * Every rule of the set, for checking them together, as in {@code
   * CompositeArchRule.of(rules.all())}.
   */
  public List<ArchRule> all() {
    return List.of(
        domainDependsOnlyOnTheJdk(),
        applicationDependsOnNoFramework(),
        applicationDependsOnNoOuterLayer(),
        infrastructureDoesNotDependOnApi(),
        apiDoesNotDependOnInfrastructure(),
        applicationFeaturesAreFreeOfCycles(),
        apiFeaturesAreFreeOfCycles(),
        handlersAreNamedHandler(),
        classesNamedHandlerAreHandlers(),
        commandsAreRecordsNamedCommand(),
        queriesAreRecordsNamedQuery(),
        noFieldInjection());
  }

  public ArchRule domainDependsOnlyOnTheJdk() {
    return classes()
        .that()
        .resideInAPackage(domain)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", domain)
        .because(
            "the domain is the stable core of the service: plain Java that outlives every"
                + " framework, database and transport around it")
        .allowEmptyShould(false);
  }

  public ArchRule applicationDependsOnNoFramework() {
    return noClasses()
        .that()
        .resideInAPackage(application)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.quarkus..", // includes the Quarkus Redis client
            "io.vertx..", // includes the Vert.x Redis client
            "org.hibernate..", // ORM and Hibernate Validator alike: use jakarta.validation
            "jakarta.persistence..",
            "jakarta.transaction..",
            "jakarta.ws.rs..",
            "redis.clients..", // Jedis
            "io.lettuce..") // Lettuce
        .because(
            "use cases must run in plain JUnit and survive a change of web framework, database or"
                + " cache; they reach those only through ports that the infrastructure implements")
        .allowEmptyShould(false);
  }

  public ArchRule applicationDependsOnNoOuterLayer() {
    return noClasses()
        .that()
        .resideInAPackage(application)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(infrastructure, api)
        .because(
            "dependencies point inwards: the outer layers implement the application's ports and"
                + " call its use cases, never the other way round")
        .allowEmptyShould(false);
  }

  public ArchRule infrastructureDoesNotDependOnApi() {
    return noClasses()
        .that()
        .resideInAPackage(infrastructure)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(api)
        .because(
            "adapters serve the use cases whatever calls them; knowing the REST resources would"
                + " tie persistence and caching to HTTP")
        .allowEmptyShould(false);
  }

  public ArchRule apiDoesNotDependOnInfrastructure() {
    return noClasses()
        .that()
        .resideInAPackage(api)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(infrastructure)
        .because(
            "resources go through the mediator; reaching into an adapter would bypass"
                + " authorization, validation and transactions")
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
            "a handler is found by name beside what it handles: CreateTodoListCommand and"
                + " CreateTodoListHandler")
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
