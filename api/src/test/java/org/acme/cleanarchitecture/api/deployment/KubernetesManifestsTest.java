package org.acme.cleanarchitecture.api.deployment;

import static org.acme.cleanarchitecture.api.deployment.DeploymentFiles.kubernetes;
import static org.acme.cleanarchitecture.api.deployment.DeploymentFiles.kubernetesManifests;
import static org.acme.cleanarchitecture.api.deployment.DeploymentFiles.looksSecret;
import static org.acme.cleanarchitecture.api.deployment.DeploymentFiles.podSpec;
import static org.acme.cleanarchitecture.api.deployment.DeploymentFiles.serviceContainer;
import static org.acme.cleanarchitecture.api.deployment.DeploymentFiles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.stream.StreamSupport;
import org.acme.cleanarchitecture.api.common.configuration.RequiredSettings;
import org.junit.jupiter.api.Test;

/**
 * deploy/kubernetes as a cluster would apply it: probes on the service's real health paths, a
 * container without privileges, and secrets only by reference. That the paths answer is {@link
 * ProbePathsTest}'s part.
 */
class KubernetesManifestsTest {

  @Test
  void shouldProbeTheHealthPathOfEachQuestion() {
    var container = serviceContainer();

    assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
    assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
    assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
  }

  @Test
  void shouldProbeThePortTheServiceListensOn() {
    var container = serviceContainer();
    var port = container.at("/ports/0");

    assertThat(port.get("containerPort").asInt()).isEqualTo(8080);
    for (var probe : new String[] {"startupProbe", "livenessProbe", "readinessProbe"}) {
      assertThat(container.at("/" + probe + "/httpGet/port").asText())
          .as(probe)
          .isEqualTo(port.get("name").asText());
    }
  }

  @Test
  void shouldDelayShutdownUntilTheReadinessProbeHasNoticedAndThenWaitForRequestsInFlight() {
    var readiness = serviceContainer().get("readinessProbe");
    var noticedAfter =
        Duration.ofSeconds(
            readiness.get("periodSeconds").asLong() * readiness.get("failureThreshold").asLong());
    var settings = kubernetes("configmap.yaml").get("data");
    var delay = Duration.parse("PT" + settings.get("SHUTDOWN_DELAY").asText());
    var timeout = Duration.parse("PT" + settings.get("SHUTDOWN_TIMEOUT").asText());
    var gracePeriod = Duration.ofSeconds(podSpec().get("terminationGracePeriodSeconds").asLong());

    assertThat(delay).isGreaterThan(noticedAfter);
    assertThat(gracePeriod).isGreaterThan(delay.plus(timeout));
  }

  @Test
  void shouldRunTheContainerWithoutPrivileges() {
    var security = serviceContainer().get("securityContext");

    assertThat(security.path("runAsNonRoot").asBoolean()).isTrue();
    assertThat(security.path("runAsUser").asInt()).isNotZero();
    assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
    assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
    assertThat(texts(security.at("/capabilities/drop"))).containsExactly("ALL");
    assertThat(security.at("/capabilities/add").isMissingNode()).isTrue();
  }

  @Test
  void shouldWriteOnlyToATemporaryVolume() {
    var tmp = volumeMountedAt("/tmp");

    assertThat(tmp.has("emptyDir")).as("the volume at /tmp is an emptyDir").isTrue();
  }

  @Test
  void shouldSetBothRequestsAndLimits() {
    var resources = serviceContainer().get("resources");

    for (var bound : new String[] {"requests", "limits"}) {
      assertThat(resources.at("/" + bound + "/cpu").isMissingNode()).as(bound + " cpu").isFalse();
      assertThat(resources.at("/" + bound + "/memory").isMissingNode())
          .as(bound + " memory")
          .isFalse();
    }
  }

  @Test
  void shouldTakeEverySecretSettingFromASecret() {
    var checked = new ArrayList<String>();

    for (var variable : serviceContainer().get("env")) {
      var name = variable.get("name").asText();
      if (!looksSecret(name)) {
        continue;
      }
      checked.add(name);
      if (variable.has("value")) {
        assertThat(secretVolumeHolds(variable.get("value").asText()))
            .as("%s names a file in a Secret volume", name)
            .isTrue();
      } else {
        assertThat(variable.at("/valueFrom/secretKeyRef/key").isMissingNode())
            .as("%s comes from a secretKeyRef", name)
            .isFalse();
      }
    }

    assertThat(checked).contains("DB_PASSWORD", "APP_IDENTITY_TOKENS_SIGNING_KEY_LOCATION");
  }

  @Test
  void shouldGiveTheServiceEverySettingProductionRequires() {
    var configured = new HashSet<String>();
    kubernetes("configmap.yaml").get("data").fieldNames().forEachRemaining(configured::add);
    serviceContainer()
        .get("env")
        .forEach(variable -> configured.add(variable.get("name").asText()));

    assertThat(RequiredSettings.all())
        .extracting(RequiredSettings.Setting::variable)
        .allMatch(configured::contains, "set by the ConfigMap or the container's env");
  }

  @Test
  void shouldKeepSecretsOutOfTheConfigMap() {
    var settings = kubernetes("configmap.yaml").get("data");

    assertThat(settings.fieldNames())
        .toIterable()
        .isNotEmpty()
        .noneMatch(DeploymentFiles::looksSecret);
  }

  @Test
  void shouldHoldNoSecretManifest() {
    assertThat(kubernetesManifests())
        .extracting(manifest -> manifest.path("kind").asText())
        .doesNotContain("Secret");
  }

  @Test
  void shouldApplyEveryManifestWithKustomize() {
    var listed = new HashSet<>(texts(kubernetes("kustomization.yaml").get("resources")));

    assertThat(kubernetesManifests())
        .filteredOn(manifest -> !manifest.path("kind").asText().equals("Kustomization"))
        .hasSize(listed.size());
    assertThat(listed).allMatch(file -> DeploymentFiles.KUBERNETES.resolve(file).toFile().isFile());
  }

  @Test
  void shouldSelectTheDeploymentsInstances() {
    var podLabels = kubernetes("deployment.yaml").at("/spec/template/metadata/labels");

    assertThat(kubernetes("deployment.yaml").at("/spec/selector/matchLabels")).isEqualTo(podLabels);
    assertThat(kubernetes("service.yaml").at("/spec/selector")).isEqualTo(podLabels);
    assertThat(kubernetes("poddisruptionbudget.yaml").at("/spec/selector/matchLabels"))
        .isEqualTo(podLabels);
  }

  @Test
  void shouldKeepTwoInstancesAndOneThroughDisruptions() {
    var autoscaler = kubernetes("horizontalpodautoscaler.yaml");

    assertThat(kubernetes("deployment.yaml").at("/spec/replicas").asInt()).isEqualTo(2);
    assertThat(autoscaler.get("apiVersion").asText()).isEqualTo("autoscaling/v2");
    assertThat(autoscaler.at("/spec/scaleTargetRef/name").asText())
        .isEqualTo(kubernetes("deployment.yaml").at("/metadata/name").asText());
    assertThat(autoscaler.at("/spec/minReplicas").asInt()).isEqualTo(2);
    assertThat(autoscaler.at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu");
    assertThat(kubernetes("poddisruptionbudget.yaml").at("/spec/minAvailable").asInt())
        .isEqualTo(1);
  }

  private static JsonNode volumeMountedAt(String path) {
    var mount =
        StreamSupport.stream(serviceContainer().get("volumeMounts").spliterator(), false)
            .filter(candidate -> candidate.get("mountPath").asText().equals(path))
            .findFirst()
            .orElseThrow(() -> new AssertionError("nothing is mounted at " + path));
    return volume(mount.get("name").asText());
  }

  private static JsonNode volume(String name) {
    return StreamSupport.stream(podSpec().get("volumes").spliterator(), false)
        .filter(candidate -> candidate.get("name").asText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no volume is named " + name));
  }

  private static boolean secretVolumeHolds(String file) {
    return StreamSupport.stream(serviceContainer().get("volumeMounts").spliterator(), false)
        .filter(mount -> file.startsWith(mount.get("mountPath").asText() + "/"))
        .anyMatch(mount -> volume(mount.get("name").asText()).has("secret"));
  }
}
