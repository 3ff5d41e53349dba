#!/usr/bin/env bash
# Builds a Maven archetype from the tracked files of this repository, so the archetype never drifts
# from the template, and installs it into the local Maven repository. The package, the groupId,
# the artifactId and the version become the new project's. The architecture tests' deliberately
# broken sample, org.acme.violations, moves under the new base package: it is test code, which the
# architecture test does not read, so it stays out of the rules' way. The archetype machinery (this
# script, the scripts that use it, and the README and CI parts between "archetype:begin" and
# "archetype:end" markers) is left out of the new project, and so is the workshop, which teaches
# the template itself.
#
# The archetype's property "sample" (true unless -Dsample=false) keeps the Todo sample. Without it,
# the new project loses the files scripts/sample-files.txt lists and the lines between
# "sample:begin" and "sample:end" markers, and its OpenAPI contract is the one of the service
# without the sample, scripts/openapi-without-sample.yaml. The markers themselves are left out of
# every new project.
#
# Usage: scripts/build-archetype.sh (Maven options, such as -o, go in MAVEN_ARGS)
set -euo pipefail

cd "$(dirname "$0")/.."
readonly TEMPLATE_PACKAGE=org.acme.cleanarchitecture
readonly TEMPLATE_ORGANISATION=org.acme
readonly TEMPLATE_ARTIFACT_ID=clean-architecture-parent
readonly TEMPLATE_NAME="Clean Architecture"
# The default issuer and audience of the service's tokens name the template too.
readonly TEMPLATE_ISSUER=urn:acme:clean-architecture
readonly TEMPLATE_AUDIENCE=clean-architecture-api
readonly ARCHETYPE_DIR=target/archetype
readonly RESOURCES=$ARCHETYPE_DIR/src/main/resources/archetype-resources
readonly MACHINERY='^(scripts/(build-archetype\.sh|new-service\.sh|generated-project-check\.sh|sample-files\.txt|openapi-without-sample\.yaml|workshop-check\.sh)|docs/workshop/.*)$'
readonly CONTRACT=api/src/test/resources/openapi.yaml
readonly CONTRACT_WITHOUT_SAMPLE=api/src/test/resources/openapi-without-sample.yaml
version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)

rm -rf "$ARCHETYPE_DIR"
mkdir -p "$RESOURCES" "$ARCHETYPE_DIR/src/main/resources/META-INF/maven"

# Velocity renders the files that name the template: '$', '#' and '\' are written as variables that
# render to themselves, then the template's names become the archetype's properties.
to_template() {
  local file=$1
  printf '#set( $symbol_pound = %s )\n#set( $symbol_dollar = %s )\n#set( $symbol_escape = %s )\n' \
    "'#'" "'\$'" "'\\'"
  sed '/archetype:begin/,/archetype:end/d' "$file" |
    perl -pe 's/([\$#\\])/$1 eq "\$" ? "\${symbol_dollar}" : $1 eq "#" ? "\${symbol_pound}" : "\${symbol_escape}"/ge' |
    # Maven coordinates, in the POMs and in the README's dependency snippet alike.
    sed -e "s|<groupId>$TEMPLATE_PACKAGE</groupId>|<groupId>\${groupId}</groupId>|" \
      -e "s|<artifactId>$TEMPLATE_ARTIFACT_ID</artifactId>|<artifactId>\${artifactId}</artifactId>|" \
      -e "s|<version>$version</version>|<version>\${version}</version>|" \
      -e "s|<name>$TEMPLATE_NAME :: |<name>\${artifactId} :: |" |
    sed -e "s|${TEMPLATE_PACKAGE//./\\.}|\${package}|g" -e "s|${TEMPLATE_PACKAGE//.//}|\${packageInPathFormat}|g" \
      -e "s|${TEMPLATE_ORGANISATION//./\\.}\.|\${package}.|g" -e "s|${TEMPLATE_ORGANISATION//.//}/|\${packageInPathFormat}/|g" \
      -e "s|$TEMPLATE_ISSUER|urn:\${groupId}:\${artifactId}|g" -e "s|$TEMPLATE_AUDIENCE|\${artifactId}-api|g"
}

# Where a file of the template lands in the archetype: under the new package's directory.
archetype_path() {
  local path=${1//${TEMPLATE_PACKAGE//.//}/__packageInPathFormat__}
  echo "${path//${TEMPLATE_ORGANISATION//.//}\//__packageInPathFormat__/}"
}

# Only the files that name the template are rendered; all others are copied byte for byte.
filtered=() verbatim=() executables=() gitignores=()
while IFS= read -r -d '' file; do
  [[ $file =~ $MACHINERY ]] && continue
  path=$(archetype_path "$file")
  # The archetype plugin leaves .gitignore files out of its jar: they travel under another name.
  if [[ $(basename "$path") == .gitignore ]]; then
    gitignores+=("'$path'")
    path=$(dirname "$path")/gitignore
    path=${path#./}
  fi
  mkdir -p "$(dirname "$RESOURCES/$path")"
  if [[ $(basename "$file") == pom.xml ]] || grep -q -e "$TEMPLATE_ORGANISATION" -e "${TEMPLATE_ORGANISATION//.//}" -e archetype:begin \
    -e "$TEMPLATE_ISSUER" -e "$TEMPLATE_AUDIENCE" "$file"; then
    [[ $path != pom.xml ]] && filtered+=("$path")
    to_template "$file" >"$RESOURCES/$path"
  else
    verbatim+=("$path")
    cp "$file" "$RESOURCES/$path"
  fi
  [[ -x $file ]] && executables+=("'$path'")
done < <(git ls-files -z)
to_template scripts/openapi-without-sample.yaml >"$RESOURCES/$CONTRACT_WITHOUT_SAMPLE"
filtered+=("$CONTRACT_WITHOUT_SAMPLE")

# The files of the sample, and the files with lines of it between markers, as the archetype holds
# them. The manifest's lines are Git pathspecs; '#' starts a comment.
sample_files=() marked_files=()
while IFS= read -r -d '' file; do
  sample_files+=("'$(archetype_path "$file")'")
done < <(grep -v -e '^#' -e '^$' scripts/sample-files.txt | sed 's/^/:(glob)/' | xargs -d '\n' git ls-files -z --)
while IFS= read -r -d '' file; do
  [[ $file =~ $MACHINERY ]] || marked_files+=("'$(archetype_path "$file")'")
done < <(git grep -z -l -e 'sample:begin')

# The archetype keeps no file modes and no .gitignore names: both are restored in the new project.
# Without the sample, its files go, then the directories they leave empty, deepest first; the lines
# of a region go with its markers, and so does a blank line after a region that follows one.
(
  IFS=,
  cat <<GROOVY
def project = new File(request.outputDirectory, request.artifactId)
def packageDirectory = request.properties.getProperty('package').replace('.', '/')
def withSample = request.properties.getProperty('sample').toBoolean()
def at = { new File(project, it.replace('__packageInPathFormat__', packageDirectory)) }
[${executables[*]}].each { new File(project, it).setExecutable(true, false) }
[${gitignores[*]}].each {
  def gitignore = new File(project, it)
  new File(gitignore.parentFile, 'gitignore').renameTo(gitignore)
}
def contractWithoutSample = at('$CONTRACT_WITHOUT_SAMPLE')
if (withSample) {
  contractWithoutSample.delete()
} else {
  at('$CONTRACT').delete()
  contractWithoutSample.renameTo(at('$CONTRACT'))
  def directories = [${sample_files[*]}].collect { at(it) }.each { it.delete() }*.parentFile.unique()
  while (directories) {
    directories = directories.findAll { it.list()?.length == 0 && it != project }.each { it.delete() }*.parentFile.unique()
  }
}
[${marked_files[*]}].collect { at(it) }.findAll { it.exists() }.each { file ->
  def kept = []
  def inRegion = false
  def afterRegion = false
  file.readLines('UTF-8').each { line ->
    if (line.contains('sample:begin')) {
      inRegion = !withSample
    } else if (line.contains('sample:end')) {
      afterRegion = inRegion && (kept.isEmpty() || kept.last().trim().isEmpty())
      inRegion = false
    } else if (!inRegion && !(afterRegion && line.trim().isEmpty())) {
      kept << line
      afterRegion = false
    } else {
      afterRegion = false
    }
  }
  file.write(kept.collect { it + '\n' }.join(''), 'UTF-8')
}
GROOVY
) >"$ARCHETYPE_DIR/src/main/resources/META-INF/archetype-post-generate.groovy"

includes() {
  printf '        <include>%s</include>\n' "$@"
}

cat >"$ARCHETYPE_DIR/src/main/resources/META-INF/maven/archetype-metadata.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<archetype-descriptor name="clean-architecture"
    xmlns="http://maven.apache.org/plugins/maven-archetype-plugin/archetype-descriptor/1.1.0"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://maven.apache.org/plugins/maven-archetype-plugin/archetype-descriptor/1.1.0 https://maven.apache.org/xsd/archetype-descriptor-1.1.0.xsd">
  <requiredProperties>
    <requiredProperty key="version"><defaultValue>1.0.0-SNAPSHOT</defaultValue></requiredProperty>
    <requiredProperty key="sample"><defaultValue>true</defaultValue></requiredProperty>
  </requiredProperties>
  <fileSets>
    <fileSet filtered="true" encoding="UTF-8">
      <directory></directory>
      <includes>
$(includes "${filtered[@]}")
      </includes>
    </fileSet>
    <fileSet filtered="false">
      <directory></directory>
      <includes>
$(includes "${verbatim[@]}")
      </includes>
    </fileSet>
  </fileSets>
</archetype-descriptor>
XML

cat >"$ARCHETYPE_DIR/pom.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>$TEMPLATE_PACKAGE</groupId>
  <artifactId>clean-architecture-archetype</artifactId>
  <version>$version</version>
  <packaging>maven-archetype</packaging>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <build>
    <extensions>
      <extension>
        <groupId>org.apache.maven.archetype</groupId>
        <artifactId>archetype-packaging</artifactId>
        <version>3.4.1</version>
      </extension>
    </extensions>
  </build>
</project>
XML

./mvnw -q -f "$ARCHETYPE_DIR/pom.xml" install
echo "Installed $TEMPLATE_PACKAGE:clean-architecture-archetype:$version"
