/**
 * The pod template every kind shares: the rules that span its parts (names unique across the pod, mounts
 * naming volumes) and its rendering with podworks' security defaults merged in.
 */
import type {
  Container as K8sContainer,
  Toleration as K8sToleration,
  PodTemplateSpec,
} from "kubernetes-types/core/v1.js";
import { at, type Checker, hasKeys } from "../context.js";
import { josa } from "../i18n.js";
import type { Metadata } from "../metadata.js";
import { type Container, checkContainer, containerFields, type RestartPolicy } from "./container.js";
import { checkDns } from "./dns.js";
import { eachItem, list } from "./list.js";
import { checkPodResources } from "./pod-resources.js";
import type { PodFields } from "./pod-spec.js";
import { checkHostPorts, checkPorts } from "./ports.js";
import { checkScheduling } from "./scheduling.js";
import { checkPodSecurity, renderContainerSecurityContext, renderPodSecurityContext } from "./security.js";
import { checkMounts } from "./volumes.js";

/** Korean names of the kinds, for messages (the style guide's spellings). */
const KIND_KO: Record<string, string> = {
  Job: "잡",
  CronJob: "크론잡",
  DaemonSet: "데몬셋",
  StatefulSet: "스테이트풀셋",
};

/** The label podworks selects pods by, unless the spec gives its own selector. */
export const NAME_LABEL = "app.kubernetes.io/name";

type Raw = Record<string, unknown>;

/** Names of volumes a container may mount: the pod's volumes plus extra (a StatefulSet's templates). */
export function checkPod(
  checker: Checker,
  spec: Raw,
  allowedRestart: readonly RestartPolicy[],
  extraVolumes: ReadonlySet<string> = NO_NAMES,
): void {
  const restartPolicy = spec.restartPolicy;
  if (typeof restartPolicy === "string" && !allowedRestart.includes(restartPolicy as RestartPolicy)) {
    const allowed = allowedRestart.join(", ");
    checker.report(
      "restartPolicy",
      restartPolicy,
      "pod.restart-policy",
      {
        en: `${String(spec.kind)} pods may only use restartPolicy ${allowed}`,
        ko: `${KIND_KO[String(spec.kind)] ?? String(spec.kind)}의 파드는 재시작 정책으로 ${allowed}만 쓸 수 있다`,
      },
      {
        en: `set restartPolicy to ${allowedRestart[0]}, or remove it to get that default`,
        ko: `restartPolicy를 ${allowedRestart[0]}로 바꾸거나, 지워서 기본값을 쓴다`,
      },
    );
  }

  const containers = list(spec.containers);
  if (Array.isArray(spec.containers) && spec.containers.length === 0) {
    checker.report(
      "containers",
      spec.containers,
      "pod.no-containers",
      { en: "needs at least one container", ko: "컨테이너가 하나 이상 있어야 한다" },
      {
        en: 'add a container such as { name: "main", image: "busybox:1.37" }',
        ko: '{ name: "main", image: "busybox:1.37" } 같은 컨테이너를 추가한다',
      },
    );
  }
  const initContainers = list(spec.initContainers);

  // Volume names: unique, and not clashing with the extra (template) names.
  // The sets below are made only when there is something to compare: most pods have one container, no volumes.
  let volumes: ReadonlySet<string> = extraVolumes;
  if (list(spec.volumes).length > 0) volumes = volumeNames(checker, spec.volumes, extraVolumes);

  // Container names are unique across containers and init containers; port names across the pod.
  const containerNames = containers.length + initContainers.length > 1 ? new Set<string>() : undefined;
  const portNames = hasPorts(containers) || hasPorts(initContainers) ? new Set<string>() : NO_PORTS;
  for (let g = 0; g < 2; g++) {
    const group = g === 0 ? "containers" : "initContainers";
    eachItem(spec[group], (container, index) => {
      const path = at(group, index);
      const name = container.name;
      if (containerNames !== undefined && typeof name === "string") {
        if (containerNames.has(name)) {
          checker.report(
            at(path, "name"),
            name,
            "pod.duplicate-container-name",
            {
              en: `container name "${name}" is used twice in the pod`,
              ko: `"${name}"라는 컨테이너 이름이 파드 안에서 두 번 쓰였다`,
            },
            { en: "give each container its own name", ko: "컨테이너마다 다른 이름을 붙인다" },
          );
        }
        containerNames.add(name);
      }
      checkSidecarFields(checker, path, container, g === 1);
      checkPorts(checker, path, container, portNames);
      checkMounts(checker, path, container, volumes);
      checkContainer(checker, path, container, spec, allowedRestart[0]!, extraVolumes);
    });
  }
  checkHostPorts(checker, spec.containers, spec.initContainers);
  checkPodSecurity(checker, spec);
  checkScheduling(checker, spec);
  checkDns(checker, spec);
  checkPodResources(checker, spec);
}

/** checkPorts only adds to the set when a container has ports; this one is for pods without any. */
const NO_PORTS = new Set<string>();

function hasPorts(containers: readonly Raw[]): boolean {
  for (let i = 0; i < containers.length; i++) {
    const ports = containers[i]!.ports;
    if (Array.isArray(ports) && ports.length > 0) return true;
  }
  return false;
}

/** The names of the pod's volumes and the extra (template) names; a name used twice is reported. */
function volumeNames(
  checker: Checker,
  podVolumes: unknown,
  extraVolumes: ReadonlySet<string>,
): ReadonlySet<string> {
  const volumes = new Set<string>(extraVolumes);
  eachItem(podVolumes, (volume, index) => {
    const name = volume.name;
    // A missing or malformed name is reported by the volume's catalogue section.
    if (typeof name !== "string" || name === "") return;
    if (volumes.has(name)) {
      checker.report(
        at(at("volumes", index), "name"),
        name,
        "pod.duplicate-volume",
        {
          en: `volume name "${name}" is used twice (volumes and volumeClaimTemplates share one name space)`,
          ko: `${josa(`"${name}"`, "이라는/라는")} 볼륨 이름이 두 번 쓰였다(volumes와 볼륨 클레임 템플릿은 이름을 함께 쓴다)`,
        },
        { en: "give each volume its own name", ko: "볼륨마다 다른 이름을 붙인다" },
      );
    }
    volumes.add(name);
  });
  return volumes;
}

const NO_NAMES: ReadonlySet<string> = new Set();

const INIT_ONLY_WITH_ALWAYS = ["livenessProbe", "readinessProbe", "startupProbe", "lifecycle"] as const;

/** Probes and hooks belong to long-running containers: regular init containers may not have them. */
function checkSidecarFields(checker: Checker, path: string, container: Raw, init: boolean): void {
  if (!init) {
    if (container.restartPolicy !== undefined) {
      checker.report(
        at(path, "restartPolicy"),
        container.restartPolicy,
        "pod.container-restart-policy",
        {
          en: "a container-level restartPolicy is only for init containers (sidecars)",
          ko: "컨테이너 단위의 restartPolicy는 init 컨테이너(사이드카)에만 쓸 수 있다",
        },
        {
          en: "remove it, or move the container to initContainers to make it a sidecar",
          ko: "지우거나, 사이드카로 쓰려면 컨테이너를 initContainers로 옮긴다",
        },
      );
    }
    return;
  }
  if (container.restartPolicy === "Always") return;
  for (const key of INIT_ONLY_WITH_ALWAYS) {
    if (container[key] === undefined) continue;
    checker.report(
      at(path, key),
      container[key],
      "pod.init-container-probe",
      {
        en: `${key} may only be set on an init container that is a sidecar (restartPolicy: Always)`,
        ko: `${key}는 사이드카(restartPolicy: Always)인 init 컨테이너에만 쓸 수 있다`,
      },
      {
        en: `set restartPolicy: Always on this init container to make it a sidecar, or remove ${key}`,
        ko: `이 init 컨테이너에 restartPolicy: Always를 지정해 사이드카로 만들거나 ${key}를 지운다`,
      },
    );
  }
}

/** Labels on the pods: the object's labels, the selector labels and the pod-only labels. */
export function podLabelsOf(spec: Metadata & PodFields, selector?: Readonly<Record<string, string>>) {
  return { ...selector, ...spec.labels, ...spec.podLabels };
}

/** The container's fields in catalogue order: the order they are rendered in. */
const CONTAINER_KEYS = Object.keys(containerFields);

function renderContainer(container: Container, spec: PodFields): K8sContainer {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < CONTAINER_KEYS.length; i++) {
    const key = CONTAINER_KEYS[i]!;
    const value = (container as unknown as Raw)[key];
    if (value !== undefined) out[key] = value;
  }
  out.securityContext = renderContainerSecurityContext(container.securityContext, spec);
  return out as unknown as K8sContainer;
}

const POD_SPEC_KEYS = [
  "restartPolicy",
  "serviceAccountName",
  "priorityClassName",
  "terminationGracePeriodSeconds",
  "nodeSelector",
  "affinity",
  "tolerations",
  "imagePullSecrets",
  "volumes",
  "topologySpreadConstraints",
  "dnsPolicy",
  "dnsConfig",
  "hostAliases",
  "hostname",
  "subdomain",
  "setHostnameAsFQDN",
  "hostnameOverride",
  "readinessGates",
  "schedulingGates",
  "preemptionPolicy",
  "resources",
  "automountServiceAccountToken",
  "runtimeClassName",
  "schedulerName",
  "enableServiceLinks",
  "shareProcessNamespace",
  "hostNetwork",
  "hostPID",
  "hostIPC",
  "hostUsers",
  "os",
] as const;

const NO_TOLERATIONS: readonly K8sToleration[] = [];

/** The pod template of any kind, with security defaults merged and the restart policy made explicit. */
export function renderPodTemplate(
  spec: Metadata & PodFields,
  restartPolicy: RestartPolicy,
  selector?: Readonly<Record<string, string>>,
  extraTolerations: readonly K8sToleration[] = NO_TOLERATIONS,
): PodTemplateSpec {
  const podSpec: Record<string, unknown> = { securityContext: renderPodSecurityContext(spec) };
  if (spec.initContainers?.length)
    podSpec.initContainers = spec.initContainers.map((c) => renderContainer(c, spec));
  podSpec.containers = spec.containers.map((c) => renderContainer(c, spec));
  for (const key of POD_SPEC_KEYS) {
    const value = key === "restartPolicy" ? (spec.restartPolicy ?? restartPolicy) : spec[key];
    if (value !== undefined) podSpec[key] = value;
  }
  if (extraTolerations.length) {
    const existing = spec.tolerations ?? [];
    const missing = extraTolerations.filter(
      (t) => !existing.some((e) => e.key === t.key && (e.effect === t.effect || e.effect === undefined)),
    );
    podSpec.tolerations = [...existing, ...missing];
  }
  const metadata: Record<string, unknown> = { labels: podLabelsOf(spec, selector) };
  if (spec.podAnnotations) metadata.annotations = { ...spec.podAnnotations };
  return { metadata, spec: podSpec as unknown as PodTemplateSpec["spec"] };
}

/** Object metadata as Kubernetes writes it. */
export function renderMetadata(spec: Metadata, labels: Readonly<Record<string, string>> = spec.labels ?? {}) {
  const metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  } = {
    name: spec.name,
  };
  if (spec.namespace !== undefined) metadata.namespace = spec.namespace;
  if (hasKeys(labels)) metadata.labels = { ...labels };
  if (spec.annotations && hasKeys(spec.annotations)) metadata.annotations = { ...spec.annotations };
  return metadata;
}

/** The pod selector: the spec's own, or `app.kubernetes.io/name` set to the name (or to that label's value in `labels`). */
export function selectorOf(spec: Metadata & { readonly selector?: Readonly<Record<string, string>> }) {
  return spec.selector ?? { [NAME_LABEL]: spec.labels?.[NAME_LABEL] ?? spec.name };
}

/** Object labels for kinds with a selector: the user's labels plus the default selector label. */
export function objectLabelsOf(spec: Metadata & { readonly selector?: Readonly<Record<string, string>> }) {
  return spec.selector ? { ...spec.labels } : { ...selectorOf(spec), ...spec.labels };
}
