/**
 * A container of the pod template: its type and its catalogue entries.
 */
import type { CatalogueSection, FieldCatalogue } from "../catalogue.js";
import { at, type Checker } from "../context.js";
import { josa } from "../i18n.js";
import { type EnvFromSource, type EnvVar, envFromSection, envVarSection } from "./env.js";
import { checkSleepWithinGrace, type Lifecycle, lifecycleSection } from "./lifecycle.js";
import { CONTAINERS, K8S_DOCS, POD_API, PODS } from "./links.js";
import { eachItem, list } from "./list.js";
import { type ContainerPort, containerPortSection } from "./ports.js";
import { type Probe, probeSection } from "./probe.js";
import { type ResourceRequirements, resourcesSection } from "./resources.js";
import {
  CONTAINER_SECURITY_DEFAULTS,
  type ContainerSecurityContext,
  containerSecurityContextSection,
} from "./security.js";
import { setByKubernetes } from "./server-default.js";
import { type VolumeMount, volumeMountSection } from "./volumes.js";

/** How a container takes an in-place change of one resource (`ContainerResizePolicy`). */
export interface ContainerResizePolicy {
  readonly resourceName: "cpu" | "memory";
  readonly restartPolicy: "NotRequired" | "RestartContainer";
}

/** A raw block device of a PersistentVolumeClaim with `volumeMode: Block`, exposed inside the container. */
export interface VolumeDevice {
  readonly name: string;
  readonly devicePath: string;
}

export type { ContainerSecurityContext };

/**
 * Kubernetes' `Container` (core/v1), as podworks accepts it in `containers` and `initContainers`. The field reference
 * describes each field; `containerFields` is its catalogue.
 */
export interface Container {
  readonly name: string;
  readonly image: string;
  readonly imagePullPolicy?: "Always" | "IfNotPresent" | "Never";
  readonly command?: readonly string[];
  readonly args?: readonly string[];
  readonly workingDir?: string;
  readonly env?: readonly EnvVar[];
  readonly envFrom?: readonly EnvFromSource[];
  readonly ports?: readonly ContainerPort[];
  readonly resources?: ResourceRequirements;
  /** In-place resize: whether changing cpu or memory restarts the container. */
  readonly resizePolicy?: readonly ContainerResizePolicy[];
  readonly volumeMounts?: readonly VolumeMount[];
  readonly volumeDevices?: readonly VolumeDevice[];
  readonly livenessProbe?: Probe;
  readonly readinessProbe?: Probe;
  readonly startupProbe?: Probe;
  /** Container security settings; podworks adds `allowPrivilegeEscalation: false` and drops all capabilities unless you set them. */
  readonly securityContext?: ContainerSecurityContext;
  /** Hooks run right after the container starts and right before it stops. */
  readonly lifecycle?: Lifecycle;
  /** @default "/dev/termination-log" */
  readonly terminationMessagePath?: string;
  /** @default "File" */
  readonly terminationMessagePolicy?: "File" | "FallbackToLogsOnError";
  /** @default false */
  readonly stdin?: boolean;
  /** @default false */
  readonly stdinOnce?: boolean;
  /** @default false */
  readonly tty?: boolean;
  /** Init containers only: `Always` makes it a sidecar that keeps running beside the main containers. */
  readonly restartPolicy?: "Always";
}

/** A pod's `restartPolicy`: whether the kubelet restarts a container that exits (always, only on failure, never). */
export type RestartPolicy = "Always" | "OnFailure" | "Never";

/**
 * The field catalogue of a container (`Container`): descriptions, defaults, constraints and versions of every field.
 */
export const containerFields = {
  name: {
    type: "string",
    required: true,
    format: "dns1123-label",
    description: {
      en: "Name of the container, unique within the pod.",
      ko: "컨테이너 이름. 파드 안에서 겹치면 안 된다.",
    },
    rules: [
      {
        en: "Unique across containers and initContainers.",
        ko: "containers와 initContainers 전체에서 고유해야 한다.",
      },
    ],
    link: `${POD_API}/#Container`,
  },
  image: {
    type: "string",
    required: true,
    format: "image",
    description: {
      en: "Container image to run, e.g. `busybox:1.37`. Pin a tag or digest for repeatable runs.",
      ko: "실행할 컨테이너 이미지(예: `busybox:1.37`). 실행 결과를 재현하려면 태그나 다이제스트를 고정한다.",
    },
    link: `${CONTAINERS}/images/`,
  },
  imagePullPolicy: {
    type: "string",
    enum: ["Always", "IfNotPresent", "Never"],
    default: {
      derived: {
        en: "`Always` for the `latest` tag or no tag, otherwise `IfNotPresent` (set by Kubernetes).",
        ko: "태그가 `latest`이거나 없으면 `Always`, 그 밖에는 `IfNotPresent`다(쿠버네티스가 정한다).",
      },
    },
    description: {
      en: "When the kubelet pulls the image.",
      ko: "kubelet이 이미지를 내려받는 시점.",
    },
    link: `${CONTAINERS}/images/#image-pull-policy`,
  },
  command: {
    type: "string[]",
    description: {
      en: "Entrypoint, replacing the image's ENTRYPOINT. Not run in a shell.",
      ko: "이미지의 ENTRYPOINT를 대신하는 실행 명령. 셸을 거치지 않고 실행된다.",
    },
    link: `${K8S_DOCS}/tasks/inject-data-application/define-command-argument-container/`,
  },
  args: {
    type: "string[]",
    description: {
      en: "Arguments to the entrypoint, replacing the image's CMD.",
      ko: "실행 명령에 넘길 인자. 이미지의 CMD를 대신한다.",
    },
    link: `${K8S_DOCS}/tasks/inject-data-application/define-command-argument-container/`,
  },
  workingDir: {
    type: "string",
    description: {
      en: "Working directory of the process. Unset, the image's WORKDIR is used.",
      ko: "프로세스의 작업 디렉터리. 지정하지 않으면 이미지의 WORKDIR를 쓴다.",
    },
    link: `${POD_API}/#Container`,
  },
  env: {
    type: "object[]",
    section: envVarSection,
    description: {
      en: "Environment variables: `{ name, value }` or `{ name, valueFrom }` (secrets, config maps, fields).",
      ko: "환경 변수. `{ name, value }` 또는 `{ name, valueFrom }`(시크릿, 컨피그맵, 필드 참조) 형태다.",
    },
    rules: [
      { en: "Each entry needs a valid `name`.", ko: "항목마다 올바른 `name`이 있어야 한다." },
      {
        en: "`value` and `valueFrom` cannot both be set; `valueFrom` has exactly one source.",
        ko: "`value`와 `valueFrom`을 함께 쓸 수 없고, `valueFrom`에는 출처가 정확히 하나 있어야 한다.",
      },
    ],
    link: `${K8S_DOCS}/tasks/inject-data-application/define-environment-variable-container/`,
  },
  envFrom: {
    type: "object[]",
    section: envFromSection,
    description: {
      en: "Sources of many environment variables at once (a ConfigMap or Secret).",
      ko: "여러 환경 변수를 한 번에 가져올 출처(컨피그맵 또는 시크릿).",
    },
    link: `${K8S_DOCS}/tasks/configure-pod-container/configure-pod-configmap/`,
  },
  ports: {
    type: "object[]",
    section: containerPortSection,
    description: {
      en: "Ports the container listens on: `{ name, containerPort, protocol }`. A StatefulSet's headless Service is generated from them.",
      ko: "컨테이너가 여는 포트(`{ name, containerPort, protocol }`). 스테이트풀셋의 헤드리스 서비스가 이 목록으로 만들어진다.",
    },
    rules: [
      {
        en: "`containerPort` is 1-65535; port names are IANA service names and unique in the pod.",
        ko: "`containerPort`는 1-65535이고, 포트 이름은 IANA 서비스 이름 형식이며 파드 안에서 고유해야 한다.",
      },
    ],
    link: `${POD_API}/#ports`,
  },
  resources: {
    type: "object",
    section: resourcesSection,
    description: {
      en: "CPU and memory requests and limits, as quantities: cpu `100m` is 0.1 core, memory `200Mi` is 200 MiB.",
      ko: "CPU와 메모리의 요청과 제한을 수량으로 적는다. cpu `100m`은 0.1코어, memory `200Mi`는 200MiB다.",
    },
    rules: [
      {
        en: "Every request is at most its limit; quantities are not negative.",
        ko: "요청은 제한을 넘을 수 없고, 수량은 음수일 수 없다.",
      },
      {
        en: "Extended resources (`vendor.example/name`) are whole numbers with request equal to limit; hugepages need cpu or memory beside them.",
        ko: "확장 리소스(`vendor.example/name`)는 정수이고 요청과 제한이 같아야 한다. hugepages는 cpu나 memory와 함께 써야 한다.",
      },
    ],
    link: `${CONTAINERS}/../configuration/manage-resources-containers/`,
  },
  volumeMounts: {
    type: "object[]",
    section: volumeMountSection,
    description: {
      en: "Where volumes appear in the container: `{ name, mountPath, readOnly, subPath }`.",
      ko: "볼륨을 컨테이너의 어느 경로에 붙일지 정한다(`{ name, mountPath, readOnly, subPath }`).",
    },
    rules: [
      {
        en: "`name` must name a volume of the pod or a volumeClaimTemplate; mount paths are unique.",
        ko: "`name`은 파드의 볼륨이나 볼륨 클레임 템플릿을 가리켜야 하고, 마운트 경로는 겹치면 안 된다.",
      },
    ],
    link: `${K8S_DOCS}/concepts/storage/volumes/`,
  },
  livenessProbe: {
    type: "object",
    section: probeSection,
    description: {
      en: "Check that restarts the container when it fails.",
      ko: "실패하면 컨테이너를 재시작하는 검사.",
    },
    link: `${K8S_DOCS}/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/`,
  },
  readinessProbe: {
    type: "object",
    section: probeSection,
    description: {
      en: "Check that decides whether the pod receives traffic and counts as ready.",
      ko: "파드가 트래픽을 받을지, 준비된 것으로 볼지 정하는 검사.",
    },
    link: `${K8S_DOCS}/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/`,
  },
  startupProbe: {
    type: "object",
    section: probeSection,
    description: {
      en: "Check that holds back the other probes until a slow-starting container is up.",
      ko: "느리게 뜨는 컨테이너가 시작될 때까지 다른 검사를 미루는 검사.",
    },
    link: `${K8S_DOCS}/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/`,
  },
  lifecycle: {
    type: "object",
    section: lifecycleSection,
    description: {
      en: "Hooks run right after the container starts (postStart) and right before it is stopped (preStop).",
      ko: "컨테이너가 시작된 직후(postStart)와 중지되기 직전(preStop)에 실행하는 훅.",
    },
    link: `${CONTAINERS}/container-lifecycle-hooks/`,
  },
  terminationMessagePath: {
    type: "string",
    default: setByKubernetes("/dev/termination-log"),
    description: {
      en: "File in the container whose contents become the termination message (at most 4096 bytes are kept).",
      ko: "내용이 종료 메시지가 되는 컨테이너 안의 파일(최대 4096바이트까지 남는다).",
    },
    link: `${K8S_DOCS}/tasks/debug/debug-application/determine-reason-pod-failure/`,
  },
  terminationMessagePolicy: {
    type: "string",
    enum: ["File", "FallbackToLogsOnError"],
    default: { derived: { en: "`File` (set by Kubernetes).", ko: "`File`이다(쿠버네티스가 정한다)." } },
    description: {
      en: "Where the termination message comes from; `FallbackToLogsOnError` uses the end of the log when the file is empty and the container failed.",
      ko: "종료 메시지를 어디서 가져올지 정한다. `FallbackToLogsOnError`이면 파일이 비어 있고 컨테이너가 실패했을 때 로그의 끝부분을 쓴다.",
    },
    link: `${K8S_DOCS}/tasks/debug/debug-application/determine-reason-pod-failure/`,
  },
  restartPolicy: {
    type: "string",
    enum: ["Always"],
    since: "1.29",
    ga: "1.33",
    description: {
      en: "Init containers only: `Always` turns the init container into a sidecar that starts before the main containers and keeps running beside them.",
      ko: "init 컨테이너에만 쓴다. `Always`이면 init 컨테이너가 본 컨테이너보다 먼저 시작해 그 곁에서 계속 실행되는 사이드카가 된다.",
    },
    rules: [
      {
        en: "Probes and lifecycle hooks on an init container need `restartPolicy: Always`.",
        ko: "init 컨테이너에 프로브나 lifecycle 훅을 쓰려면 `restartPolicy: Always`가 있어야 한다.",
      },
    ],
    link: `${PODS}/sidecar-containers/`,
  },
  resizePolicy: {
    type: "object[]",
    section: {
      name: "containerResizePolicy",
      title: { en: "Resize policy", ko: "크기 조정 정책" },
      fields: {
        resourceName: {
          type: "string",
          required: true,
          enum: ["cpu", "memory"],
          description: { en: "The resource the policy is for.", ko: "정책을 적용할 리소스." },
          link: `${K8S_DOCS}/tasks/configure-pod-container/resize-container-resources/`,
        },
        restartPolicy: {
          type: "string",
          required: true,
          enum: ["NotRequired", "RestartContainer"],
          description: {
            en: "`NotRequired` changes the resource in place; `RestartContainer` restarts the container to apply it.",
            ko: "`NotRequired`이면 실행 중에 바로 바꾸고, `RestartContainer`이면 컨테이너를 재시작해 적용한다.",
          },
          link: `${K8S_DOCS}/tasks/configure-pod-container/resize-container-resources/`,
        },
      } satisfies FieldCatalogue<ContainerResizePolicy>,
    },
    since: "1.33",
    ga: "1.35",
    default: {
      derived: {
        en: "`NotRequired` for cpu and memory (set by Kubernetes).",
        ko: "cpu와 memory 모두 `NotRequired`다(쿠버네티스가 정한다).",
      },
    },
    description: {
      en: "How in-place resizing treats each resource: `{ resourceName: memory, restartPolicy: RestartContainer }`.",
      ko: "실행 중 크기 조정에서 리소스별로 어떻게 할지 정한다(`{ resourceName: memory, restartPolicy: RestartContainer }`).",
    },
    rules: [
      {
        en: "Each resource at most once; with the pod's restartPolicy Never, only NotRequired.",
        ko: "리소스마다 한 번만 쓴다. 파드의 restartPolicy가 Never이면 NotRequired만 쓸 수 있다.",
      },
    ],
    link: `${K8S_DOCS}/tasks/configure-pod-container/resize-container-resources/`,
  },
  volumeDevices: {
    type: "object[]",
    section: {
      name: "volumeDevice",
      title: { en: "Volume device", ko: "볼륨 디바이스" },
      fields: {
        name: {
          type: "string",
          required: true,
          description: {
            en: "A volume of the pod backed by a PersistentVolumeClaim (or an ephemeral volume), or a volumeClaimTemplate.",
            ko: "퍼시스턴트볼륨클레임(또는 임시 볼륨)을 쓰는 파드의 볼륨, 또는 볼륨 클레임 템플릿의 이름.",
          },
          link: `${K8S_DOCS}/concepts/storage/persistent-volumes/#raw-block-volume-support`,
        },
        devicePath: {
          type: "string",
          required: true,
          description: {
            en: "Path of the device inside the container, e.g. `/dev/xvda`; no `..`.",
            ko: "컨테이너 안에서 쓸 디바이스 경로(예: `/dev/xvda`). `..`를 쓸 수 없다.",
          },
          link: `${K8S_DOCS}/concepts/storage/persistent-volumes/#raw-block-volume-support`,
        },
      } satisfies FieldCatalogue<VolumeDevice>,
    },
    description: {
      en: "Raw block devices of claims with `volumeMode: Block`: `{ name, devicePath }`.",
      ko: "`volumeMode: Block`인 클레임의 원시 블록 디바이스(`{ name, devicePath }`).",
    },
    rules: [
      {
        en: "Names and paths are unique; a volume is either mounted or a device, and a devicePath is not a mountPath.",
        ko: "이름과 경로는 겹치면 안 된다. 한 볼륨은 마운트나 디바이스 중 하나로만 쓰고, devicePath는 mountPath와 같을 수 없다.",
      },
    ],
    link: `${K8S_DOCS}/concepts/storage/persistent-volumes/#raw-block-volume-support`,
  },
  stdin: {
    type: "boolean",
    default: setByKubernetes(false),
    description: {
      en: "Keep a stdin buffer open for the container (for `kubectl attach`); without it reads from stdin get EOF.",
      ko: "컨테이너의 표준 입력 버퍼를 열어 둔다(`kubectl attach`용). 없으면 표준 입력에서 읽을 때 EOF를 받는다.",
    },
    link: `${POD_API}/#Container`,
  },
  stdinOnce: {
    type: "boolean",
    default: setByKubernetes(false),
    description: {
      en: "With `stdin`, close stdin after the first attach session ends.",
      ko: "`stdin`과 함께 쓰면 첫 attach 세션이 끝날 때 표준 입력을 닫는다.",
    },
    link: `${POD_API}/#Container`,
  },
  tty: {
    type: "boolean",
    default: setByKubernetes(false),
    description: {
      en: "Give the container a terminal (TTY); usually together with `stdin`.",
      ko: "컨테이너에 터미널(TTY)을 할당한다. 보통 `stdin`과 함께 쓴다.",
    },
    link: `${POD_API}/#Container`,
  },
  securityContext: {
    type: "object",
    section: containerSecurityContextSection,
    default: { value: CONTAINER_SECURITY_DEFAULTS },
    description: {
      en: "Container security settings. podworks sets `allowPrivilegeEscalation: false` and drops all capabilities (Pod Security `restricted`); a field you set wins, `null` leaves a default out, and a privileged container (or one adding CAP_SYS_ADMIN) gets neither default that would contradict it, with a warning.",
      ko: "컨테이너 보안 설정. podworks는 `allowPrivilegeEscalation: false`를 넣고 모든 capability를 제거한다(파드 보안 `restricted`). 직접 지정한 필드가 우선하고, `null`이면 기본값을 뺀다. 특권 컨테이너(또는 CAP_SYS_ADMIN을 추가한 컨테이너)에는 그와 어긋나는 기본값을 넣지 않고 경고로 알린다.",
    },
    link: `${K8S_DOCS}/tasks/configure-pod-container/security-context/`,
  },
} as const satisfies FieldCatalogue<Container>;

export const containerSection: CatalogueSection<"container"> = {
  name: "container",
  title: { en: "Container", ko: "컨테이너" },
  fields: containerFields,
};

type Raw = Record<string, unknown>;

/**
 * The rules of `validateContainerCommon` that span a container's lists (`ValidateVolumeDevices`,
 * `validateResizePolicy`) or need the pod around it (`pod`: its volumes, restartPolicy and grace period;
 * `defaultRestart`: the kind's default restartPolicy; `templates`: a StatefulSet's claim templates). Each rule
 * runs only when its field is set, so a plain container costs three property reads.
 */
export function checkContainer(
  checker: Checker,
  path: string,
  container: Raw,
  pod: Raw,
  defaultRestart: RestartPolicy,
  templates: ReadonlySet<string>,
): void {
  if (container.volumeDevices !== undefined) {
    checkVolumeDevices(checker, path, container, claimVolumes(pod, templates));
  }
  if (container.resizePolicy !== undefined) {
    const restart =
      typeof pod.restartPolicy === "string" ? (pod.restartPolicy as RestartPolicy) : defaultRestart;
    checkResizePolicy(checker, path, container, restart);
  }
  if (container.lifecycle !== undefined) {
    checkSleepWithinGrace(checker, path, container, pod.terminationGracePeriodSeconds);
  }
}

/** The pod's volume names, each with whether a claim backs it (PVC, ephemeral volume, volumeClaimTemplate). */
function claimVolumes(pod: Raw, templates: ReadonlySet<string>): Map<string, boolean> {
  const claims = new Map<string, boolean>();
  for (const name of templates) claims.set(name, true);
  for (const volume of list(pod.volumes)) {
    if (typeof volume.name !== "string" || claims.has(volume.name)) continue;
    claims.set(volume.name, volume.persistentVolumeClaim !== undefined || volume.ephemeral !== undefined);
  }
  return claims;
}

function checkVolumeDevices(
  checker: Checker,
  path: string,
  container: Raw,
  volumes: ReadonlyMap<string, boolean>,
) {
  const mounts = list(container.volumeMounts);
  const mountNames = new Set(mounts.map((m) => m.name));
  const mountPaths = new Set(mounts.map((m) => m.mountPath));
  const names = new Set<string>();
  const paths = new Set<string>();
  eachItem(container.volumeDevices, (device, index) => {
    const devicePath = at(at(path, "volumeDevices"), index);
    const name = device.name;
    if (typeof name === "string" && name !== "") {
      const namePath = at(devicePath, "name");
      const claim = volumes.get(name);
      if (names.has(name)) {
        checker.report(
          namePath,
          name,
          "container.duplicate-device",
          {
            en: `volume "${name}" is listed twice in volumeDevices`,
            ko: `${josa(`"${name}"`, "이라는/라는")} 볼륨이 volumeDevices에 두 번 있다`,
          },
          { en: "list each device once", ko: "디바이스마다 한 번만 적는다" },
        );
      } else if (claim === undefined) {
        checker.report(
          namePath,
          name,
          "container.device-unknown-volume",
          {
            en: `volumeDevice names no volume of the pod ("${name}")`,
            ko: `volumeDevice가 파드에 없는 볼륨("${name}")을 가리킨다`,
          },
          {
            en: "add a volume with persistentVolumeClaim (or a volumeClaimTemplate) of that name",
            ko: "그 이름으로 persistentVolumeClaim 볼륨(또는 볼륨 클레임 템플릿)을 추가한다",
          },
        );
      } else if (!claim) {
        checker.report(
          namePath,
          name,
          "container.device-not-claim",
          {
            en: `volume "${name}" is not a PersistentVolumeClaim or ephemeral volume, so it cannot be a block device`,
            ko: `${josa(`"${name}"`, "이라는/라는")} 볼륨은 퍼시스턴트볼륨클레임이나 임시(ephemeral) 볼륨이 아니어서 블록 디바이스로 쓸 수 없다`,
          },
          {
            en: "use a persistentVolumeClaim volume with volumeMode: Block, or mount this volume with volumeMounts",
            ko: "volumeMode: Block인 persistentVolumeClaim 볼륨을 쓰거나, 이 볼륨을 volumeMounts로 마운트한다",
          },
        );
      }
      if (mountNames.has(name)) {
        checker.report(
          namePath,
          name,
          "container.device-also-mounted",
          {
            en: `volume "${name}" is both mounted and used as a device`,
            ko: `${josa(`"${name}"`, "이라는/라는")} 볼륨을 마운트하면서 디바이스로도 쓰고 있다`,
          },
          {
            en: "keep it in volumeMounts or in volumeDevices",
            ko: "volumeMounts와 volumeDevices 중 한 곳에만 둔다",
          },
        );
      }
      names.add(name);
    }
    const target = device.devicePath;
    if (typeof target !== "string" || target === "") return;
    const targetPath = at(devicePath, "devicePath");
    if (target.split("/").includes("..")) {
      checker.report(
        targetPath,
        target,
        "container.device-path-backsteps",
        { en: "devicePath cannot contain '..'", ko: "devicePath에 '..'를 쓸 수 없다" },
        { en: 'write the path without "..", e.g. /dev/xvda', ko: '".." 없이 경로를 적는다(예: /dev/xvda)' },
      );
    } else if (paths.has(target)) {
      checker.report(
        targetPath,
        target,
        "container.duplicate-device-path",
        {
          en: `devicePath "${target}" is used twice`,
          ko: `${josa(`"${target}"`, "이라는/라는")} devicePath가 두 번 쓰였다`,
        },
        { en: "give each device its own path", ko: "디바이스마다 다른 경로를 쓴다" },
      );
    }
    paths.add(target);
    if (mountPaths.has(target)) {
      checker.report(
        targetPath,
        target,
        "container.device-path-is-mount-path",
        {
          en: `devicePath "${target}" is also a mountPath of this container`,
          ko: `${josa(`"${target}"`, "이라는/라는")} devicePath가 이 컨테이너의 mountPath로도 쓰였다`,
        },
        { en: "use a path no volumeMount uses", ko: "어떤 volumeMount도 쓰지 않는 경로를 쓴다" },
      );
    }
  });
}

function checkResizePolicy(checker: Checker, path: string, container: Raw, restartPolicy: RestartPolicy) {
  const seen = new Set<unknown>();
  eachItem(container.resizePolicy, (policy, index) => {
    const itemPath = at(at(path, "resizePolicy"), index);
    if (seen.has(policy.resourceName)) {
      checker.report(
        at(itemPath, "resourceName"),
        policy.resourceName,
        "container.duplicate-resize-policy",
        {
          en: `resizePolicy lists ${String(policy.resourceName)} twice`,
          ko: `resizePolicy에 ${josa(String(policy.resourceName), "이/가")} 두 번 있다`,
        },
        { en: "keep one policy per resource", ko: "리소스마다 정책을 하나만 남긴다" },
      );
    }
    seen.add(policy.resourceName);
    if (restartPolicy === "Never" && policy.restartPolicy === "RestartContainer") {
      checker.report(
        at(itemPath, "restartPolicy"),
        policy.restartPolicy,
        "container.resize-restart-never",
        {
          en: "RestartContainer cannot be used when the pod's restartPolicy is Never",
          ko: "파드의 restartPolicy가 Never이면 RestartContainer를 쓸 수 없다",
        },
        {
          en: "use NotRequired, or give the pod restartPolicy OnFailure",
          ko: "NotRequired를 쓰거나 파드의 restartPolicy를 OnFailure로 바꾼다",
        },
      );
    }
  });
}
