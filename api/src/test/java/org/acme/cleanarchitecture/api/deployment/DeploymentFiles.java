package org.acme.cleanarchitecture.api.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files that package and deploy the service, read from the repository as operators receive
 * them. Tests run in the api module's folder, so the repository's root is its parent.
 */
final class DeploymentFiles {

  static final Path KUBERNETES = Path.of("../deploy/kubernetes");
  static final Path COMPOSE = Path.of("../compose.yaml");
  static final Path DOCKERFILE_JVM = Path.of("src/main/docker/Dockerfile.jvm");
  static final Path DOCKERFILE_NATIVE = Path.of("src/main/docker/Dockerfile.native");
  static final List<Path> DOCKERFILES = List.of(DOCKERFILE_JVM, DOCKERFILE_NATIVE);

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Pattern SECRET_NAME = Pattern.compile("PASSWORD|KEY|SECRET|TOKEN");
  private static final Pattern HEALTHCHECK_PATH = Pattern.compile("GET (\\S+) HTTP");

  private DeploymentFiles() {}

  static JsonNode kubernetes(String file) {
    return yaml(KUBERNETES.resolve(file));
  }

  static List<JsonNode> kubernetesManifests() {
    try (Stream<Path> files = Files.list(KUBERNETES)) {
      return files
          .filter(file -> file.toString().endsWith(".yaml"))
          .sorted()
          .map(DeploymentFiles::yaml)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode podSpec() {
    return kubernetes("deployment.yaml").at("/spec/template/spec");
  }

  static JsonNode serviceContainer() {
    return podSpec().at("/containers/0");
  }

  static JsonNode compose() {
    return yaml(COMPOSE);
  }

  static List<String> dockerfileInstructions(Path dockerfile, String instruction) {
    try (Stream<String> lines = Files.lines(dockerfile)) {
      return lines.filter(line -> line.startsWith(instruction + " ")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The path the image's HEALTHCHECK asks for, on whichever of its lines. */
  static String dockerHealthCheckPath(Path dockerfile) {
    try {
      var text = Files.readString(dockerfile);
      var start = text.indexOf("\nHEALTHCHECK ");
      var end = text.indexOf("\n\n", start + 1);
      Matcher path =
          HEALTHCHECK_PATH.matcher(
              start < 0 ? "" : text.substring(start, end < 0 ? text.length() : end));
      if (!path.find()) {
        throw new AssertionError(dockerfile + " has no HEALTHCHECK that asks for a path");
      }
      return path.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The texts of a YAML sequence, in their order; none for a missing node. */
  static List<String> texts(JsonNode sequence) {
    var texts = new ArrayList<String>();
    sequence.forEach(element -> texts.add(element.asText()));
    return texts;
  }

  static boolean looksSecret(String variableName) {
    return SECRET_NAME.matcher(variableName).find();
  }

  static JsonNode yaml(Path file) {
    try {
      return YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
