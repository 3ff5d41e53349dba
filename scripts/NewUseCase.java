/*
 * Adds a use case to a feature, placed and named as the project's conventions say: the request
 * record, its handler, a unit test of the handler that fails until the handler is written, with
 * --validator a RequestValidator and its test too, a DTO for a query's answer, and the endpoint
 * method in the feature's resource (a new resource for a new feature), with examples of its JSON
 * bodies in the OpenAPI document. It finds the base package from where the Mediator lives, and
 * writes nothing if any argument is wrong or any file it would create exists already.
 * scripts/new-use-case.sh runs it, then formats the code and writes the new API contract.
 *
 * Usage, from the project's root: java scripts/NewUseCase.java --feature FEATURE --name NAME
 *     --kind command|query [--method POST|PUT|PATCH|DELETE] [--path PATH] [--validator], or --help
 */
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;

public class NewUseCase {

  static final String USAGE =
      """
      Usage: scripts/new-use-case.sh --feature FEATURE --name NAME --kind command|query \\
                 [--method POST|PUT|PATCH|DELETE] [--path PATH] [--validator]
        --feature    the feature's package, such as orders; a feature of several words in
                     UpperCamelCase, such as PurchaseOrders (package purchaseorders, resource
                     PurchaseOrdersResource, path /api/purchase-orders)
        --name       the use case in UpperCamelCase, such as CreateOrder or GetOrders
        --kind       command (changes state) or query (reads it)
        --method     a command's HTTP method: POST (default), PUT, PATCH or DELETE; a query's is GET
        --path       the endpoint's path under the resource's, such as count; none by default
        --validator  also a RequestValidator, for rules that need I/O (a unique title, say)
      e.g. scripts/new-use-case.sh --feature orders --name CreateOrder --kind command\
      """;

  public static void main(String[] args) {
    if (List.of(args).contains("--help")) {
      System.out.println(USAGE);
      return;
    }
    try {
      var useCase = UseCase.parse(args);
      var project = Project.at(Path.of("").toAbsolutePath());
      var changes = new Scaffold(project, useCase).plan();
      changes.forEach(Change::apply);
      System.out.println(useCase.report(project));
      changes.forEach(change -> System.out.println("  " + change.describe(project.root())));
    } catch (Refusal refusal) {
      System.err.println(refusal.getMessage());
      System.exit(refusal.exitCode);
    }
  }
}

/** A reason to write nothing: a wrong argument (exit code 2) or a clash with what exists (1). */
class Refusal extends RuntimeException {

  final int exitCode;

  private Refusal(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  static Refusal usage(String message) {
    return new Refusal(message + System.lineSeparator() + NewUseCase.USAGE, 2);
  }

  static Refusal clash(String message) {
    return new Refusal(message, 1);
  }
}

enum Kind {
  COMMAND("Command", "commands"),
  QUERY("Query", "queries");

  private final String typeName;
  private final String folder;

  Kind(String typeName, String folder) {
    this.typeName = typeName;
    this.folder = folder;
  }

  String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  String typeName() {
    return typeName;
  }

  /** The feature's folder of this kind of use case. */
  String folder() {
    return folder;
  }
}

/** What the developer asked for, checked before anything is read or written. */
record UseCase(
    Feature feature, String name, Kind kind, String httpMethod, String subPath, boolean validator) {

  private static final Pattern UPPER_CAMEL_CASE =
      Pattern.compile("[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*");
  private static final Pattern LOWER_CASE = Pattern.compile("[a-z][a-z0-9]*");
  private static final Pattern SUB_PATH = Pattern.compile("[a-z0-9]+(?:[-/][a-z0-9]+)*");
  private static final Set<String> COMMAND_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

  static UseCase parse(String[] args) {
    var options = new LinkedHashMap<String, String>();
    for (int i = 0; i < args.length; i++) {
      var option = args[i];
      if (option.equals("--validator")) {
        options.put(option, "");
      } else if (Set.of("--feature", "--name", "--kind", "--method", "--path").contains(option)) {
        if (i + 1 == args.length) {
          throw Refusal.usage(option + " needs a value.");
        }
        options.put(option, args[++i]);
      } else {
        throw Refusal.usage("Unknown argument: " + option);
      }
    }
    var feature = Feature.named(required(options, "--feature"));
    var name = required(options, "--name");
    if (!isUpperCamelCase(name)) {
      throw Refusal.usage(
          "The name must be in UpperCamelCase, letters and digits only, such as CreateOrder: "
              + name);
    }
    for (var suffix : List.of("Command", "Query", "Handler", "Validator", "Dto")) {
      if (name.endsWith(suffix)) {
        throw Refusal.usage(
            "The name is the use case's, without the suffix "
                + suffix
                + ", which the generated classes get anyway: "
                + name.substring(0, name.length() - suffix.length()));
      }
    }
    var kind =
        switch (required(options, "--kind")) {
          case "command" -> Kind.COMMAND;
          case "query" -> Kind.QUERY;
          default -> throw Refusal.usage("--kind is command or query: " + options.get("--kind"));
        };
    var method = options.getOrDefault("--method", kind == Kind.COMMAND ? "POST" : "GET");
    if (kind == Kind.QUERY && !method.equals("GET")) {
      throw Refusal.usage("A query reads without changing anything, so its method is GET.");
    }
    if (kind == Kind.COMMAND && !COMMAND_METHODS.contains(method)) {
      throw Refusal.usage("A command's --method is POST, PUT, PATCH or DELETE: " + method);
    }
    var subPath = options.getOrDefault("--path", "").replaceFirst("^/", "");
    if (!subPath.isEmpty() && !SUB_PATH.matcher(subPath).matches()) {
      throw Refusal.usage(
          "--path takes lower-case words and digits separated by - or /, such as count or"
              + " archived-lists; a path parameter such as {id} is added by hand, with the"
              + " record component it fills: "
              + subPath);
    }
    return new UseCase(feature, name, kind, method, subPath, options.containsKey("--validator"));
  }

  private static String required(Map<String, String> options, String option) {
    var value = options.get(option);
    if (value == null || value.isBlank()) {
      throw Refusal.usage(option + " is required.");
    }
    return value;
  }

  static boolean isLowerCase(String name) {
    return LOWER_CASE.matcher(name).matches();
  }

  static boolean isUpperCamelCase(String name) {
    return UPPER_CAMEL_CASE.matcher(name).matches();
  }

  String requestType() {
    return name + kind.typeName();
  }

  String handlerType() {
    return name + "Handler";
  }

  String validatorType() {
    return name + "Validator";
  }

  /** What a query reads: GetOrders reads Orders. */
  String answer() {
    return name.startsWith("Get") && name.length() > 3 ? name.substring(3) : name;
  }

  /** A query answers a DTO named after what it reads: GetOrders answers OrdersDto. */
  String dtoType() {
    return answer() + "Dto";
  }

  String resultType() {
    return kind == Kind.COMMAND ? "Void" : dtoType();
  }

  /** Commands but DELETE read the request record from the body. */
  boolean hasBody() {
    return kind == Kind.COMMAND && !httpMethod.equals("DELETE");
  }

  String methodName() {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  String folder() {
    return name.toLowerCase(Locale.ROOT);
  }

  /** The name as a sentence: GetOrderCount is "Get order count". */
  String summary() {
    return Words.sentence(name);
  }

  String report(Project project) {
    return "Added the "
        + kind.word()
        + " "
        + name
        + " to the feature "
        + feature.packageName()
        + ", answering "
        + httpMethod
        + " "
        + project.resourcePath(feature).orElse(feature.defaultResourcePath())
        + (subPath.isEmpty() ? "" : "/" + subPath)
        + ":";
  }
}

/** A feature's names: orders, or PurchaseOrders for purchaseorders at /api/purchase-orders. */
record Feature(String packageName, String typeName) {

  static Feature named(String name) {
    if (!UseCase.isLowerCase(name) && !UseCase.isUpperCamelCase(name)) {
      throw Refusal.usage(
          "The feature is a package name in lower case, such as orders, or, for several words,"
              + " UpperCamelCase, such as PurchaseOrders: "
              + name);
    }
    var packageName = name.toLowerCase(Locale.ROOT);
    if (SourceVersion.isKeyword(packageName)) {
      throw Refusal.usage("The feature's package cannot be the Java keyword " + packageName + ".");
    }
    if (packageName.equals("common")) {
      throw Refusal.usage(
          "common holds what the features share and depends on none: name the feature instead.");
    }
    return new Feature(packageName, Character.toUpperCase(name.charAt(0)) + name.substring(1));
  }

  String defaultResourceType() {
    return typeName + "Resource";
  }

  String defaultResourcePath() {
    return "/api/"
        + Words.split(typeName).stream().map(Words::lower).collect(Collectors.joining("-"));
  }

  String tag() {
    return Words.sentence(typeName);
  }
}

final class Words {

  private static final Pattern BOUNDARY =
      Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

  private Words() {}

  static List<String> split(String upperCamelCase) {
    return List.of(BOUNDARY.split(upperCamelCase));
  }

  static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  /** GetOrderCount is "Get order count". */
  static String sentence(String upperCamelCase) {
    var words = split(upperCamelCase);
    return Stream.concat(Stream.of(words.get(0)), words.stream().skip(1).map(Words::lower))
        .collect(Collectors.joining(" "));
  }
}

/** Where things are in the project: its modules' source folders under the base package. */
record Project(Path root, String basePackage) {

  private static final String MEDIATOR = "application/common/mediator/Mediator.java";

  /** The base package is where the Mediator lives, less {@code .application.common.mediator}. */
  static Project at(Path root) {
    var sources = root.resolve("application/src/main/java");
    if (!Files.isDirectory(sources)) {
      throw Refusal.usage("Run this from the project's root, which holds the application module.");
    }
    try (var files = Files.walk(sources)) {
      var mediators =
          files
              .filter(
                  file -> sources.relativize(file).toString().replace('\\', '/').endsWith(MEDIATOR))
              .toList();
      if (mediators.size() != 1) {
        throw Refusal.clash(
            "Expected one " + MEDIATOR + " under " + sources + ", found " + mediators.size() + ".");
      }
      var packagePath =
          sources.relativize(mediators.get(0)).getParent().getParent().getParent().getParent();
      return new Project(root, packagePath.toString().replace('\\', '/').replace('/', '.'));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path mainSources(String module) {
    return root.resolve(module + "/src/main/java");
  }

  Path source(String module, String packageName, String type) {
    return mainSources(module).resolve(packageName.replace('.', '/')).resolve(type + ".java");
  }

  Path testSource(String module, String packageName, String type) {
    return root.resolve(module + "/src/test/java")
        .resolve(packageName.replace('.', '/'))
        .resolve(type + ".java");
  }

  Path openApiDocument() {
    return root.resolve("api/src/main/resources/META-INF/openapi.yaml");
  }

  String apiPackage(Feature feature) {
    return basePackage + ".api." + feature.packageName();
  }

  /**
   * The feature's resource: the class in its api package named after it, whatever the case of the
   * feature's name (purchaseorders finds PurchaseOrdersResource).
   */
  Optional<Path> existingResource(Feature feature) {
    var folder = mainSources("api").resolve(apiPackage(feature).replace('.', '/'));
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    try (var files = Files.list(folder)) {
      return files
          .filter(
              file ->
                  file.getFileName()
                      .toString()
                      .equalsIgnoreCase(feature.packageName() + "Resource.java"))
          .findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Optional<String> resourcePath(Feature feature) {
    return existingResource(feature).map(Resource::read).map(Resource::path);
  }

  /** Every class of that simple name in the application's main sources. */
  List<Path> applicationClassesNamed(String type) {
    try (var files = Files.walk(mainSources("application"))) {
      return files.filter(file -> file.getFileName().toString().equals(type + ".java")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

/** A file to create, or an existing one to change. */
record Change(Path file, String content, boolean created) {

  void apply() {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String describe(Path root) {
    return (created ? "created " : "changed ") + root.relativize(file);
  }
}

/** Works out every change first, so that a refusal leaves the project as it was. */
class Scaffold {

  private final Project project;
  private final UseCase useCase;
  private final String base;
  private final String useCasePackage;

  Scaffold(Project project, UseCase useCase) {
    this.project = project;
    this.useCase = useCase;
    this.base = project.basePackage();
    this.useCasePackage =
        String.join(
            ".",
            base,
            "application",
            useCase.feature().packageName(),
            useCase.kind().folder(),
            useCase.folder());
  }

  List<Change> plan() {
    refuseNamesTaken();
    var changes = new ArrayList<Change>();
    changes.add(
        created(project.source("application", useCasePackage, useCase.requestType()), request()));
    if (useCase.kind() == Kind.QUERY) {
      changes.add(created(project.source("application", useCasePackage, useCase.dtoType()), dto()));
    }
    changes.add(
        created(project.source("application", useCasePackage, useCase.handlerType()), handler()));
    changes.add(
        created(
            project.testSource("application", useCasePackage, useCase.handlerType() + "Test"),
            handlerTest()));
    if (useCase.validator()) {
      changes.add(
          created(
              project.source("application", useCasePackage, useCase.validatorType()), validator()));
      changes.add(
          created(
              project.testSource("application", useCasePackage, useCase.validatorType() + "Test"),
              validatorTest()));
    }
    changes.add(endpoint());
    bodyExample().ifPresent(changes::add);
    return changes;
  }

  /**
   * The OpenAPI document names schemas by simple name, and its body examples follow them: a request
   * or DTO must be the only class of its name.
   */
  private void refuseNamesTaken() {
    var folder = project.source("application", useCasePackage, useCase.requestType()).getParent();
    if (Files.exists(folder)) {
      throw Refusal.clash(
          "The use case "
              + useCase.name()
              + " exists already: "
              + project.root().relativize(folder));
    }
    var types = new ArrayList<>(List.of(useCase.requestType()));
    if (useCase.kind() == Kind.QUERY) {
      types.add(useCase.dtoType());
    }
    for (var type : types) {
      var taken = project.applicationClassesNamed(type);
      if (!taken.isEmpty()) {
        throw Refusal.clash(
            "A class named "
                + type
                + " exists already, at "
                + project.root().relativize(taken.get(0))
                + "; the OpenAPI document tells schemas apart by simple name, so choose another"
                + " name.");
      }
    }
  }

  private static Change created(Path file, String content) {
    if (Files.exists(file)) {
      throw Refusal.clash("Not overwriting " + file);
    }
    return new Change(file, Imports.sorted(content), true);
  }

  private String request() {
    var doc =
        useCase.kind() == Kind.COMMAND
            ? "The input of " + useCase.name() + ": a component for each value"
            : "What " + useCase.name() + " asks for: a component for each parameter";
    return """
    package %1$s;

    import %2$s.application.common.mediator.%3$s;

    /**
     * %4$s, with the Bean Validation annotations of its shape. Only an authenticated caller may
     * send it, unless it is marked {@code AllowAnonymous}.
     */
    public record %5$s() implements %3$s<%6$s> {}
    """
        .formatted(
            useCasePackage,
            base,
            useCase.kind().typeName(),
            doc,
            useCase.requestType(),
            useCase.resultType());
  }

  private String dto() {
    return """
    package %1$s;

    /** What {@link %2$s} answers. */
    public record %3$s() {}
    """
        .formatted(useCasePackage, useCase.requestType(), useCase.dtoType());
  }

  private String handler() {
    var handlerInterface = useCase.kind().typeName() + "Handler";
    var parameter = useCase.kind().word();
    return """
    package %1$s;

    import %2$s.application.common.mediator.%3$s;
    import jakarta.enterprise.context.ApplicationScoped;

    @ApplicationScoped
    class %4$s implements %3$s<%5$s, %6$s> {

      @Override
      public %6$s handle(%5$s %7$s) {
        throw new UnsupportedOperationException("%4$s is not written yet: make %4$sTest pass");
      }
    }
    """
        .formatted(
            useCasePackage,
            base,
            handlerInterface,
            useCase.handlerType(),
            useCase.requestType(),
            useCase.resultType(),
            parameter);
  }

  /**
   * The first behaviour every such handler has: a command is carried out, a query answered. It
   * fails until the handler is written; the tests of what the use case stores or answers follow it.
   */
  private String handlerTest() {
    var test =
        useCase.kind() == Kind.COMMAND
            ? """
              @Test
              void shouldCarryOutTheCommand() {
                assertThatCode(() -> handler.handle(new %1$s())).doesNotThrowAnyException();
              }
            """
                .formatted(useCase.requestType())
            : """
              @Test
              void shouldAnswerTheQuery() {
                assertThat(handler.handle(new %1$s())).isEqualTo(new %2$s());
              }
            """
                .formatted(useCase.requestType(), useCase.dtoType());
    var assertion = useCase.kind() == Kind.COMMAND ? "assertThatCode" : "assertThat";
    return """
    package %1$s;

    import static org.assertj.core.api.Assertions.%2$s;

    import org.junit.jupiter.api.Test;

    class %3$sTest {

      private final %3$s handler = new %3$s();

    %4$s}
    """
        .formatted(useCasePackage, assertion, useCase.handlerType(), test);
  }

  private String validator() {
    return """
    package %1$s;

    import %2$s.application.common.exceptions.ValidationFailure;
    import %2$s.application.common.validation.RequestValidator;
    import jakarta.enterprise.context.ApplicationScoped;
    import java.util.List;

    /** The rules of {@link %3$s} that its annotations cannot express. */
    @ApplicationScoped
    class %4$s implements RequestValidator<%3$s> {

      @Override
      public List<ValidationFailure> validate(%3$s %5$s) {
        throw new UnsupportedOperationException("%4$s is not written yet: make %4$sTest pass");
      }
    }
    """
        .formatted(
            useCasePackage,
            base,
            useCase.requestType(),
            useCase.validatorType(),
            useCase.kind().word());
  }

  private String validatorTest() {
    return """
    package %1$s;

    import static org.assertj.core.api.Assertions.assertThat;

    import org.junit.jupiter.api.Test;

    class %2$sTest {

      private final %2$s validator = new %2$s();

      @Test
      void shouldAcceptAValid%4$s() {
        assertThat(validator.validate(new %3$s())).isEmpty();
      }
    }
    """
        .formatted(
            useCasePackage,
            useCase.validatorType(),
            useCase.requestType(),
            useCase.kind().typeName());
  }

  private Change endpoint() {
    var existing = project.existingResource(useCase.feature());
    if (existing.isEmpty()) {
      var type = useCase.feature().defaultResourceType();
      var file = project.source("api", project.apiPackage(useCase.feature()), type);
      var resource = Resource.read(newResource(type));
      return created(file, withEndpoint(resource).text());
    }
    return new Change(existing.get(), withEndpoint(Resource.read(existing.get())).text(), false);
  }

  /**
   * The resource with the endpoint method, each line added with the imports it needs. The method is
   * secured itself where the resource does not authenticate all of its endpoints (as the users'
   * resource, whose registration and login are open), since every request needs an authenticated
   * caller unless it says otherwise.
   */
  private Resource withEndpoint(Resource resource) {
    var securedPerEndpoint = !resource.authenticatesEveryEndpoint();
    var problems = "static " + base + ".api.common.ProblemResponseComponents.";
    var request = useCase.requestType();
    var requestImport = useCasePackage + "." + request;
    var method =
        new EndpointMethod()
            .add("@" + useCase.httpMethod(), "jakarta.ws.rs." + useCase.httpMethod());
    if (!useCase.subPath().isEmpty()) {
      method.add("@Path(\"/" + useCase.subPath() + "\")", "jakarta.ws.rs.Path");
    }
    if (securedPerEndpoint) {
      method
          .add("@Authenticated", "io.quarkus.security.Authenticated")
          .add(
              "@SecurityRequirement(name = OpenApiDefinition.BEARER)",
              "org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement",
              base + ".api.common.OpenApiDefinition");
    }
    method.add(
        "@Operation(summary = \"" + useCase.summary() + "\")",
        "org.eclipse.microprofile.openapi.annotations.Operation");
    method.add(
        useCase.kind() == Kind.QUERY
            ? "@APIResponse(responseCode = \"200\", description = \"The "
                + Words.sentence(useCase.answer()).toLowerCase(Locale.ROOT)
                + "\")"
            : "@APIResponse(responseCode = \"204\", description = \"Done\")",
        "org.eclipse.microprofile.openapi.annotations.responses.APIResponse");
    if (useCase.hasBody()) {
      method.add(
          "@APIResponse(responseCode = \"400\", ref = BAD_REQUEST)", problems + "BAD_REQUEST");
    }
    if (securedPerEndpoint) {
      method.add(
          "@APIResponse(responseCode = \"401\", ref = UNAUTHORIZED)", problems + "UNAUTHORIZED");
    }
    if (useCase.kind() == Kind.QUERY) {
      method
          .add(
              "public " + useCase.dtoType() + " " + useCase.methodName() + "() {",
              useCasePackage + "." + useCase.dtoType(),
              requestImport)
          .add("  return mediator.send(new " + request + "());");
    } else if (useCase.hasBody()) {
      method
          .add(
              "public void " + useCase.methodName() + "(@RequiredBody " + request + " command) {",
              base + ".api.common.RequiredBody",
              requestImport)
          .add("  mediator.send(command);");
    } else {
      method
          .add("public void " + useCase.methodName() + "() {", requestImport)
          .add("  mediator.send(new " + request + "());");
    }
    method.add("}");
    return resource.withEndpoint(method.text(), method.imports(), useCase);
  }

  /** A resource as the existing ones are: authenticated, documented, JSON in and out. */
  private String newResource(String type) {
    var feature = useCase.feature();
    return """
    package %1$s;

    import static %2$s.api.common.ProblemResponseComponents.UNAUTHORIZED;

    import %2$s.api.common.OpenApiDefinition;
    import %2$s.application.common.mediator.Mediator;
    import io.quarkus.security.Authenticated;
    import jakarta.ws.rs.Consumes;
    import jakarta.ws.rs.Path;
    import jakarta.ws.rs.Produces;
    import jakarta.ws.rs.core.MediaType;
    import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
    import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
    import org.eclipse.microprofile.openapi.annotations.tags.Tag;

    /** %3$s: each operation turns HTTP into one request for the mediator, and back. */
    @Path("%4$s")
    @Tag(name = "%3$s")
    @Authenticated
    @SecurityRequirement(name = OpenApiDefinition.BEARER)
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public class %5$s {

      private final Mediator mediator;

      %5$s(Mediator mediator) {
        this.mediator = mediator;
      }
    }
    """
        .formatted(
            project.apiPackage(feature), base, feature.tag(), feature.defaultResourcePath(), type);
  }

  /**
   * OpenApiTest wants an example of every JSON body, named after its schema: an empty one, to be
   * filled in as the record gets its components.
   */
  private Optional<Change> bodyExample() {
    var schema =
        useCase.kind() == Kind.QUERY
            ? Optional.of(useCase.dtoType())
            : Optional.of(useCase.requestType()).filter(type -> useCase.hasBody());
    return schema.map(
        name -> {
          var document = project.openApiDocument();
          try {
            return new Change(
                document, OpenApiExamples.withExample(Files.readString(document), name), false);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}

/** An endpoint method's lines, each added with the imports it needs. */
final class EndpointMethod {

  private final List<String> lines = new ArrayList<>();
  private final List<String> imports = new ArrayList<>();

  EndpointMethod add(String line, String... importsNeeded) {
    lines.add(line);
    imports.addAll(List.of(importsNeeded));
    return this;
  }

  List<String> imports() {
    return imports;
  }

  /** The method, indented as a member of its class, with an empty line before it. */
  String text() {
    return lines.stream().map(line -> "  " + line).collect(Collectors.joining("\n", "\n", "\n"));
  }
}

/** The lines of a resource class, to which an endpoint method and its imports are added. */
record Resource(List<String> lines) {

  private static final Pattern HTTP_METHOD =
      Pattern.compile("@(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\\b.*");
  private static final Pattern PATH = Pattern.compile("@Path\\(\"([^\"]*)\"\\)");
  private static final Pattern METHOD_NAME = Pattern.compile("\\s(\\w+)\\(");

  static Resource read(Path file) {
    try {
      return read(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Resource read(String text) {
    return new Resource(List.of(text.split("\n", -1)));
  }

  String text() {
    return String.join("\n", lines);
  }

  /** Whether the class itself says @Authenticated, and with it every endpoint. */
  boolean authenticatesEveryEndpoint() {
    return lines.stream()
        .takeWhile(line -> !line.startsWith("public class "))
        .anyMatch(line -> line.equals("@Authenticated"));
  }

  String type() {
    return lines.stream()
        .filter(line -> line.startsWith("public class "))
        .map(line -> line.split("\\s+")[2])
        .findFirst()
        .orElseThrow(() -> Refusal.clash("No public class found in the resource."));
  }

  /** The resource's own path, on the class. */
  String path() {
    return lines.stream()
        .takeWhile(line -> !line.startsWith("public class "))
        .map(PATH::matcher)
        .filter(java.util.regex.Matcher::find)
        .map(matcher -> matcher.group(1))
        .reduce((first, last) -> last)
        .orElse("");
  }

  /** The method and the path of each endpoint, such as "GET /{id}", and every method's name. */
  private Map<String, String> endpoints() {
    var endpoints = new LinkedHashMap<String, String>();
    String method = null;
    var subPath = "";
    var inClass = false;
    for (var line : lines) {
      var trimmed = line.trim();
      inClass |= line.startsWith("public class ");
      if (!inClass) {
        continue;
      }
      var httpMethod = HTTP_METHOD.matcher(trimmed);
      var path = PATH.matcher(trimmed);
      if (httpMethod.matches()) {
        method = httpMethod.group(1);
      } else if (trimmed.startsWith("@Path(") && path.find()) {
        subPath = path.group(1).replaceFirst("^/", "");
      } else if ((trimmed.startsWith("public ") || trimmed.startsWith("private "))
          && trimmed.contains("(")) {
        var name = METHOD_NAME.matcher(trimmed);
        if (name.find()) {
          endpoints.put(name.group(1), method == null ? "" : method + " " + subPath);
        }
        method = null;
        subPath = "";
      }
    }
    return endpoints;
  }

  Resource withEndpoint(String method, List<String> imports, UseCase useCase) {
    if (lines.stream().noneMatch(line -> line.contains("Mediator mediator;"))) {
      throw Refusal.clash(type() + " holds no Mediator in a field named mediator.");
    }
    var endpoints = endpoints();
    if (endpoints.containsKey(useCase.methodName())) {
      throw Refusal.clash(type() + " has a method named " + useCase.methodName() + " already.");
    }
    var endpoint = useCase.httpMethod() + " " + useCase.subPath();
    if (endpoints.containsValue(endpoint)) {
      throw Refusal.clash(
          type()
              + " answers "
              + useCase.httpMethod()
              + " "
              + path()
              + (useCase.subPath().isEmpty() ? "" : "/" + useCase.subPath())
              + " already: give the new endpoint a --path of its own.");
    }
    var changed = new ArrayList<>(Imports.with(lines, imports));
    var closingBrace = changed.size() - 1;
    while (!changed.get(closingBrace).equals("}")) {
      closingBrace--;
    }
    changed.add(closingBrace, method.stripTrailing());
    return new Resource(changed);
  }
}

/** The import block of a Java source file. */
final class Imports {

  private Imports() {}

  /** The source with its imports in Google Java Style's order. */
  static String sorted(String source) {
    return String.join("\n", with(List.of(source.split("\n", -1)), List.of()));
  }

  /**
   * The lines with the imports, the added ones among them, in Google Java Style's order: the static
   * ones first, each group in ASCII order of the imported names.
   */
  static List<String> with(List<String> lines, List<String> added) {
    var first = -1;
    var last = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("import ")) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return lines;
    }
    var names = new TreeSet<String>(added);
    lines.subList(first, last + 1).stream()
        .filter(line -> line.startsWith("import "))
        .map(line -> line.substring("import ".length(), line.length() - 1))
        .forEach(names::add);
    var statics = names.stream().filter(name -> name.startsWith("static ")).toList();
    var others = names.stream().filter(name -> !name.startsWith("static ")).toList();
    var result = new ArrayList<>(lines.subList(0, first));
    statics.forEach(name -> result.add("import " + name + ";"));
    if (!statics.isEmpty() && !others.isEmpty()) {
      result.add("");
    }
    others.forEach(name -> result.add("import " + name + ";"));
    result.addAll(lines.subList(last + 1, lines.size()));
    return result;
  }
}

final class OpenApiExamples {

  private OpenApiExamples() {}

  /** The document with an empty example named {@code name} at the end of its examples. */
  static String withExample(String document, String name) {
    var lines = new ArrayList<>(List.of(document.split("\n", -1)));
    var examples = lines.indexOf("  examples:");
    if (examples < 0) {
      throw Refusal.clash(
          "The OpenAPI document has no components.examples to add " + name + " to.");
    }
    if (lines.contains("    " + name + ":")) {
      throw Refusal.clash("The OpenAPI document has an example named " + name + " already.");
    }
    var end = examples + 1;
    while (end < lines.size() && (lines.get(end).isEmpty() || lines.get(end).startsWith("    "))) {
      end++;
    }
    while (lines.get(end - 1).isEmpty()) {
      end--;
    }
    lines.addAll(end, List.of("    " + name + ":", "      value: {}"));
    return String.join("\n", lines);
  }
}
