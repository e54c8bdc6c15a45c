/**
 * A container of the pod template: its type and its catalogue entries.
 */
import type {
  ContainerPort,
  EnvFromSource,
  EnvVar,
  Lifecycle,
  Probe,
  ResourceRequirements,
} from "kubernetes-types/core/v1.js";
import type { CatalogueSection, FieldCatalogue } from "../catalogue.js";
import { CONTAINERS, K8S_DOCS, POD_API, PODS } from "./links.js";
import {
  CONTAINER_SECURITY_DEFAULTS,
  type ContainerSecurityContext,
  containerSecurityContextSection,
} from "./security.js";
import { type VolumeDevice, type VolumeMount, volumeDeviceSection, volumeMountSection } from "./volumes.js";

export type { ContainerSecurityContext };

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
  readonly volumeMounts?: readonly VolumeMount[];
  /** Raw block devices of `Block` claims, given to the container at `devicePath`. */
  readonly volumeDevices?: readonly VolumeDevice[];
  readonly livenessProbe?: Probe;
  readonly readinessProbe?: Probe;
  readonly startupProbe?: Probe;
  /** Container security settings; podworks adds `allowPrivilegeEscalation: false` and drops all capabilities unless you set them. */
  readonly securityContext?: ContainerSecurityContext;
  /** Hooks run right after the container starts and right before it stops. */
  readonly lifecycle?: Lifecycle;
  /** @default "File" */
  readonly terminationMessagePolicy?: "File" | "FallbackToLogsOnError";
  /** Init containers only: `Always` makes it a sidecar that keeps running beside the main containers. */
  readonly restartPolicy?: "Always";
}

export type RestartPolicy = "Always" | "OnFailure" | "Never";

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
    description: {
      en: "Environment variables: `{ name, value }` or `{ name, valueFrom }` (secrets, config maps, fields).",
      ko: "환경 변수. `{ name, value }` 또는 `{ name, valueFrom }`(시크릿, 컨피그맵, 필드 참조) 형태다.",
    },
    rules: [
      { en: "Each entry needs a valid `name`.", ko: "항목마다 올바른 `name`이 있어야 한다." },
      {
        en: "`value` and `valueFrom` cannot both be set.",
        ko: "`value`와 `valueFrom`을 함께 쓸 수 없다.",
      },
    ],
    link: `${K8S_DOCS}/tasks/inject-data-application/define-environment-variable-container/`,
  },
  envFrom: {
    type: "object[]",
    description: {
      en: "Sources of many environment variables at once (a ConfigMap or Secret).",
      ko: "여러 환경 변수를 한 번에 가져올 출처(컨피그맵 또는 시크릿).",
    },
    link: `${K8S_DOCS}/tasks/configure-pod-container/configure-pod-configmap/`,
  },
  ports: {
    type: "object[]",
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
    description: {
      en: "CPU and memory requests and limits, as quantities: cpu `100m` is 0.1 core, memory `200Mi` is 200 MiB.",
      ko: "CPU와 메모리의 요청량과 상한을 수량으로 적는다. cpu `100m`은 0.1코어, memory `200Mi`는 200MiB다.",
    },
    rules: [
      {
        en: "Every request is at most its limit; quantities are not negative.",
        ko: "요청량은 상한을 넘을 수 없고, 수량은 음수일 수 없다.",
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
  volumeDevices: {
    type: "object[]",
    section: volumeDeviceSection,
    description: {
      en: "Raw block devices: `{ name, devicePath }`, for a claim with `volumeMode: Block`.",
      ko: "블록 장치를 그대로 넘긴다(`{ name, devicePath }`). `volumeMode: Block`인 클레임에 쓴다.",
    },
    rules: [
      {
        en: "`name` must name a persistentVolumeClaim or ephemeral volume (or a volumeClaimTemplate), not one the container also mounts; device paths are unique and differ from the mount paths.",
        ko: "`name`은 persistentVolumeClaim이나 ephemeral 볼륨(또는 볼륨 클레임 템플릿)을 가리켜야 하고 같은 컨테이너가 마운트하는 볼륨이면 안 된다. 장치 경로는 고유해야 하고 마운트 경로와 달라야 한다.",
      },
    ],
    link: `${K8S_DOCS}/concepts/storage/persistent-volumes/#raw-block-volume-support`,
  },
  livenessProbe: {
    type: "object",
    description: {
      en: "Check that restarts the container when it fails.",
      ko: "실패하면 컨테이너를 재시작하는 검사.",
    },
    link: `${K8S_DOCS}/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/`,
  },
  readinessProbe: {
    type: "object",
    description: {
      en: "Check that decides whether the pod receives traffic and counts as ready.",
      ko: "파드가 트래픽을 받을지, 준비된 것으로 볼지 정하는 검사.",
    },
    link: `${K8S_DOCS}/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/`,
  },
  startupProbe: {
    type: "object",
    description: {
      en: "Check that holds back the other probes until a slow-starting container is up.",
      ko: "느리게 뜨는 컨테이너가 시작될 때까지 다른 검사를 미루는 검사.",
    },
    link: `${K8S_DOCS}/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/`,
  },
  lifecycle: {
    type: "object",
    description: {
      en: "Hooks run right after the container starts (postStart) and right before it is stopped (preStop).",
      ko: "컨테이너가 시작된 직후(postStart)와 중지되기 직전(preStop)에 실행하는 훅.",
    },
    link: `${CONTAINERS}/container-lifecycle-hooks/`,
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
