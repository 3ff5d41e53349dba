package org.acme.cleanarchitecture.api.common.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's Configuration table and application.properties tell the same story: every
 * environment variable the properties read, and every {@code app.*} setting (set, or commented with
 * its default), has a row, and every row names a variable the service reads. A setting added
 * without a row, or a row left behind by a removed setting, fails here with its name.
 */
class ConfigurationTableTest {

  private static final Path PROPERTIES = Path.of("src/main/resources/application.properties");
  private static final Path README = Path.of("../README.md");

  /** {@code ${DB_URL}} or {@code ${DB_URL:default}}: a variable read from the environment. */
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

  /** A property, set in some profile or commented out with its default. */
  private static final Pattern PROPERTY =
      Pattern.compile("^(?:#\\s*)?(?:%[a-z-]+\\.)?([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)=(.*)$");

  private static final Pattern TABLE_VARIABLE = Pattern.compile("`([A-Z][A-Z0-9_]*)`");

  @Test
  void shouldListEveryVariableAndApplicationSettingInTheTable() throws IOException {
    var undocumented = new TreeSet<>(variablesTheServiceReads(true));
    undocumented.removeAll(tableVariables());

    assertThat(undocumented)
        .as(
            "read by application.properties but missing from the Configuration table of"
                + " README.md; add a row for each")
        .isEmpty();
  }

  @Test
  void shouldListOnlyVariablesTheServiceReads() throws IOException {
    var unknown = new TreeSet<>(tableVariables());
    unknown.removeAll(variablesTheServiceReads(false));

    assertThat(unknown)
        .as(
            "in the Configuration table of README.md but read by no setting in"
                + " application.properties; remove the row or name the setting there")
        .isEmpty();
  }

  /**
   * The variables application.properties reads or lets override a setting it names.
   *
   * @param requiredOnly only those that must have a row: the {@code ${...}} variables and the
   *     {@code app.*} settings; otherwise also the Quarkus and MicroProfile settings it names,
   *     which a row may document
   */
  private static Set<String> variablesTheServiceReads(boolean requiredOnly) throws IOException {
    var variables = new HashSet<String>();
    for (var line : Files.readAllLines(PROPERTIES)) {
      var read = VARIABLE.matcher(line);
      while (read.find()) {
        variables.add(read.group(1));
      }
      var property = PROPERTY.matcher(line);
      if (property.matches()
          && !VARIABLE.matcher(property.group(2)).find()
          && (!requiredOnly || property.group(1).startsWith("app."))) {
        variables.add(environmentName(property.group(1)));
      }
    }
    return variables;
  }

  /** SmallRye Config's rule: upper case, and an underscore for anything else than A-Z and 0-9. */
  private static String environmentName(String property) {
    return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  /** The variables in the first column of the table under "## Configuration". */
  private static Set<String> tableVariables() throws IOException {
    var readme = Files.readString(README);
    var start = readme.indexOf("\n## Configuration\n");
    assertThat(start).as("README.md has a section \"## Configuration\"").isNotNegative();
    var end = readme.indexOf("\n## ", start + 1);
    var section = readme.substring(start, end < 0 ? readme.length() : end);

    var variables = new HashSet<String>();
    section
        .lines()
        .filter(line -> line.startsWith("| `"))
        .map(line -> line.split("\\|")[1])
        .forEach(
            firstColumn -> {
              var named = TABLE_VARIABLE.matcher(firstColumn);
              while (named.find()) {
                variables.add(named.group(1));
              }
            });
    return variables;
  }
}
