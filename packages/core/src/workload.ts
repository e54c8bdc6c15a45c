/**
 * What all four kinds share: object metadata, the pod template and its containers.
 * Field names are Kubernetes' own; the spec is flat where Kubernetes nests only for structure
 * (`metadata.name` is `name`, `spec.template.spec.containers` is `containers`).
 */
import type {
  Affinity,
  ContainerPort,
  EnvFromSource,
  EnvVar,
  HostAlias,
  PodSecurityContext as K8sPodSecurityContext,
  Lifecycle,
  LocalObjectReference,
  PodDNSConfig,
  Probe,
  ResourceRequirements,
  SecurityContext,
  Toleration,
  TopologySpreadConstraint,
  Volume,
  VolumeMount,
} from "kubernetes-types/core/v1.js";
import { API_REF, type CatalogueSection, type FieldCatalogue, K8S_DOCS } from "./catalogue.js";

export type {
  Affinity,
  ContainerPort,
  EnvFromSource,
  EnvVar,
  Probe,
  ResourceRequirements,
  Toleration,
  Volume,
  VolumeMount,
};

/** Object metadata, flattened. */
export interface Metadata {
  /**
   * The object's name: a DNS-1123 label (lowercase letters, digits, `-`, at most 63 characters).
   * @see https://kubernetes.io/docs/concepts/overview/working-with-objects/names/
   */
  readonly name: string;
  /** @default the provider's or kubeconfig's namespace (not rendered when unset) */
  readonly namespace?: string;
  /** Labels on the object and on its pods. */
  readonly labels?: Readonly<Record<string, string>>;
  /** Annotations on the object. */
  readonly annotations?: Readonly<Record<string, string>>;
}

/**
 * Pod-level security settings. podworks fills in the Pod Security Standards `restricted` profile;
 * a value you set wins. `runAsUser`/`runAsGroup` may be `null` to leave them to the image.
 */
export type PodSecurityContext = {
  readonly [K in keyof K8sPodSecurityContext]?: K8sPodSecurityContext[K] | null;
};

/**
 * Container security settings. podworks adds `allowPrivilegeEscalation: false` and drops all capabilities;
 * a value you set wins, and `null` leaves a field out.
 */
export type ContainerSecurityContext = {
  readonly [K in keyof SecurityContext]?: SecurityContext[K] | null;
};

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

/** The pod template, flattened. */
export interface PodFields {
  readonly containers: readonly Container[];
  readonly initContainers?: readonly Container[];
  readonly restartPolicy?: RestartPolicy;
  readonly volumes?: readonly Volume[];
  readonly nodeSelector?: Readonly<Record<string, string>>;
  readonly tolerations?: readonly Toleration[];
  readonly affinity?: Affinity;
  readonly serviceAccountName?: string;
  readonly securityContext?: PodSecurityContext;
  readonly imagePullSecrets?: readonly LocalObjectReference[];
  readonly priorityClassName?: string;
  readonly terminationGracePeriodSeconds?: number;
  /** Extra labels for the pods only (the object's `labels` are on the pods too). */
  readonly podLabels?: Readonly<Record<string, string>>;
  /** Annotations for the pods only. */
  readonly podAnnotations?: Readonly<Record<string, string>>;
  readonly topologySpreadConstraints?: readonly TopologySpreadConstraint[];
  /** @default "ClusterFirst" */
  readonly dnsPolicy?: "ClusterFirst" | "ClusterFirstWithHostNet" | "Default" | "None";
  readonly dnsConfig?: PodDNSConfig;
  readonly hostAliases?: readonly HostAlias[];
  readonly automountServiceAccountToken?: boolean;
  readonly runtimeClassName?: string;
  readonly schedulerName?: string;
  readonly enableServiceLinks?: boolean;
  readonly shareProcessNamespace?: boolean;
}

const OBJECTS = `${K8S_DOCS}/concepts/overview/working-with-objects`;
const PODS = `${K8S_DOCS}/concepts/workloads/pods`;
const CONTAINERS = `${K8S_DOCS}/concepts/containers`;
const POD_API = `${API_REF}/workload-resources/pod-v1`;

export const metadataFields = {
  name: {
    type: "string",
    required: true,
    format: "dns1123-label",
    maxLength: 63,
    immutable: true,
    description: {
      en: "Name of the object. Pods, Jobs and volume claims derive their names from it.",
      ko: "오브젝트의 이름. 파드, 잡, 볼륨 클레임의 이름이 이 이름에서 만들어진다.",
    },
    link: `${OBJECTS}/names/`,
  },
  namespace: {
    type: "string",
    format: "dns1123-label",
    immutable: true,
    description: {
      en: "Namespace to create the object in. Unset, the namespace of the kubeconfig context or provider is used.",
      ko: "오브젝트를 만들 네임스페이스. 지정하지 않으면 kubeconfig 컨텍스트나 프로바이더의 네임스페이스를 쓴다.",
    },
    link: `${OBJECTS}/namespaces/`,
  },
  labels: {
    type: "map",
    format: "label-map",
    description: {
      en: "Labels put on the object and on every pod it creates.",
      ko: "오브젝트와 오브젝트가 만드는 모든 파드에 붙는 레이블.",
    },
    link: `${OBJECTS}/labels/`,
  },
  annotations: {
    type: "map",
    format: "annotation-map",
    description: {
      en: "Annotations put on the object (not on its pods; see podAnnotations).",
      ko: "오브젝트에 붙는 어노테이션. 파드에는 붙지 않는다(파드에는 podAnnotations를 쓴다).",
    },
    link: `${OBJECTS}/annotations/`,
  },
} as const satisfies FieldCatalogue<Metadata>;

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
    default: {
      value: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } },
    },
    description: {
      en: "Container security settings. podworks sets `allowPrivilegeEscalation: false` and drops all capabilities (Pod Security `restricted`); a field you set wins.",
      ko: "컨테이너 보안 설정. podworks는 `allowPrivilegeEscalation: false`를 넣고 모든 capability를 제거한다(파드 보안 `restricted`). 직접 지정한 필드가 우선한다.",
    },
    link: `${K8S_DOCS}/concepts/security/pod-security-standards/`,
  },
} as const satisfies FieldCatalogue<Container>;

export const podFields = {
  containers: {
    type: "object[]",
    required: true,
    items: "container",
    description: {
      en: "The containers of each pod. At least one.",
      ko: "각 파드의 컨테이너 목록. 하나 이상 있어야 한다.",
    },
    link: `${POD_API}/#containers`,
  },
  initContainers: {
    type: "object[]",
    items: "container",
    description: {
      en: "Containers that run to completion, one after another, before the main containers start.",
      ko: "본 컨테이너가 시작되기 전에 하나씩 차례로 실행되어 끝나는 컨테이너.",
    },
    link: `${PODS}/init-containers/`,
  },
  restartPolicy: {
    type: "string",
    enum: ["Always", "OnFailure", "Never"],
    default: {
      derived: {
        en: "`Never` for Jobs and CronJobs, `Always` for DaemonSets and StatefulSets.",
        ko: "잡과 크론잡은 `Never`, 데몬셋과 스테이트풀셋은 `Always`다.",
      },
    },
    description: {
      en: "What the kubelet does when a container exits.",
      ko: "컨테이너가 끝났을 때 kubelet이 할 일을 정하는 재시작 정책.",
    },
    rules: [
      {
        en: "Jobs and CronJobs: `Never` or `OnFailure`. DaemonSets and StatefulSets: `Always`.",
        ko: "잡과 크론잡은 `Never`나 `OnFailure`, 데몬셋과 스테이트풀셋은 `Always`만 쓸 수 있다.",
      },
    ],
    link: `${PODS}/pod-lifecycle/#restart-policy`,
  },
  volumes: {
    type: "object[]",
    description: {
      en: "Volumes the containers can mount: configMap, secret, emptyDir, persistentVolumeClaim and more.",
      ko: "컨테이너가 마운트할 수 있는 볼륨(configMap, secret, emptyDir, persistentVolumeClaim 등).",
    },
    rules: [
      {
        en: "Names are unique DNS-1123 labels and do not clash with volumeClaimTemplates.",
        ko: "이름은 고유한 DNS-1123 레이블이어야 하고 볼륨 클레임 템플릿 이름과 겹치면 안 된다.",
      },
    ],
    link: `${K8S_DOCS}/concepts/storage/volumes/`,
  },
  nodeSelector: {
    type: "map",
    format: "label-map",
    description: {
      en: "Node labels a node must carry for the pods to be scheduled on it.",
      ko: "파드가 배치될 노드가 가져야 하는 레이블(노드 셀렉터).",
    },
    link: `${K8S_DOCS}/concepts/scheduling-eviction/assign-pod-node/#nodeselector`,
  },
  tolerations: {
    type: "object[]",
    description: {
      en: "Taints the pods tolerate, e.g. `{ key, operator: Exists, effect: NoSchedule }`.",
      ko: "파드가 견딜 테인트(taint) 목록. 예: `{ key, operator: Exists, effect: NoSchedule }`.",
    },
    link: `${K8S_DOCS}/concepts/scheduling-eviction/taint-and-toleration/`,
  },
  affinity: {
    type: "object",
    description: {
      en: "Node affinity and pod (anti-)affinity rules for scheduling.",
      ko: "스케줄링에 쓰는 노드 어피니티와 파드 (안티)어피니티 규칙.",
    },
    link: `${K8S_DOCS}/concepts/scheduling-eviction/assign-pod-node/#affinity-and-anti-affinity`,
  },
  serviceAccountName: {
    type: "string",
    format: "dns1123-subdomain",
    default: {
      derived: {
        en: "`default` (set by Kubernetes).",
        ko: "`default`다(쿠버네티스가 정한다).",
      },
    },
    description: {
      en: "Service account the pods run as.",
      ko: "파드가 사용할 서비스 어카운트.",
    },
    link: `${K8S_DOCS}/concepts/security/service-accounts/`,
  },
  securityContext: {
    type: "object",
    default: {
      value: {
        runAsNonRoot: true,
        runAsUser: 65534,
        runAsGroup: 65534,
        seccompProfile: { type: "RuntimeDefault" },
      },
    },
    description: {
      en: "Pod security settings. podworks runs pods as user and group 65534 (nobody), non-root, with the RuntimeDefault seccomp profile, which passes Pod Security `restricted`; a field you set wins, and `runAsUser: null` leaves the user to the image.",
      ko: "파드 보안 설정. podworks는 파드를 사용자·그룹 65534(nobody)로, 루트가 아닌 상태로, RuntimeDefault seccomp 프로파일로 실행해 파드 보안 `restricted`를 통과시킨다. 직접 지정한 필드가 우선하며, `runAsUser: null`이면 이미지의 사용자를 그대로 쓴다.",
    },
    link: `${K8S_DOCS}/concepts/security/pod-security-standards/`,
  },
  imagePullSecrets: {
    type: "object[]",
    description: {
      en: "Secrets holding registry credentials: `[{ name }]`.",
      ko: "레지스트리 인증 정보를 담은 시크릿 목록(`[{ name }]`).",
    },
    link: `${CONTAINERS}/images/#specifying-imagepullsecrets-on-a-pod`,
  },
  priorityClassName: {
    type: "string",
    format: "dns1123-subdomain",
    description: {
      en: "PriorityClass of the pods; higher-priority pods may preempt lower ones.",
      ko: "파드의 PriorityClass. 우선순위가 높은 파드는 낮은 파드를 밀어낼 수 있다.",
    },
    link: `${K8S_DOCS}/concepts/scheduling-eviction/pod-priority-preemption/`,
  },
  terminationGracePeriodSeconds: {
    type: "integer",
    minimum: 0,
    default: { derived: { en: "30 (set by Kubernetes).", ko: "30이다(쿠버네티스가 정한다)." } },
    description: {
      en: "Seconds a pod gets to shut down after SIGTERM before it is killed.",
      ko: "SIGTERM을 받은 파드가 강제 종료되기 전까지 정리할 수 있는 시간(초).",
    },
    link: `${PODS}/pod-lifecycle/#pod-termination`,
  },
  podLabels: {
    type: "map",
    format: "label-map",
    description: {
      en: "Labels for the pods only, added to `labels`.",
      ko: "파드에만 붙는 레이블. `labels`에 더해진다.",
    },
    link: `${OBJECTS}/labels/`,
  },
  podAnnotations: {
    type: "map",
    format: "annotation-map",
    description: {
      en: "Annotations for the pods only.",
      ko: "파드에만 붙는 어노테이션.",
    },
    link: `${OBJECTS}/annotations/`,
  },
  topologySpreadConstraints: {
    type: "object[]",
    description: {
      en: "How to spread the pods across zones, nodes or other topology domains.",
      ko: "파드를 존, 노드 같은 토폴로지 영역에 어떻게 나누어 배치할지 정한다.",
    },
    link: `${K8S_DOCS}/concepts/scheduling-eviction/topology-spread-constraints/`,
  },
  dnsPolicy: {
    type: "string",
    enum: ["ClusterFirst", "ClusterFirstWithHostNet", "Default", "None"],
    default: {
      derived: { en: "`ClusterFirst` (set by Kubernetes).", ko: "`ClusterFirst`다(쿠버네티스가 정한다)." },
    },
    description: {
      en: "How the pods resolve names; `None` takes everything from dnsConfig.",
      ko: "파드가 이름을 해석하는 방식. `None`이면 모든 설정을 dnsConfig에서 가져온다.",
    },
    link: `${K8S_DOCS}/concepts/services-networking/dns-pod-service/#pod-s-dns-policy`,
  },
  dnsConfig: {
    type: "object",
    description: {
      en: "Extra name servers, search domains and resolver options for the pods.",
      ko: "파드에 더할 네임서버, 검색 도메인, 리졸버 옵션.",
    },
    link: `${K8S_DOCS}/concepts/services-networking/dns-pod-service/#pod-dns-config`,
  },
  hostAliases: {
    type: "object[]",
    description: {
      en: "Entries added to the pods' /etc/hosts: `[{ ip, hostnames }]`.",
      ko: "파드의 /etc/hosts에 추가할 항목(`[{ ip, hostnames }]`).",
    },
    link: `${K8S_DOCS}/tasks/network/customize-hosts-file-for-pods/`,
  },
  automountServiceAccountToken: {
    type: "boolean",
    default: {
      derived: {
        en: "`true` unless the service account says otherwise.",
        ko: "서비스 어카운트가 따로 정하지 않으면 `true`다.",
      },
    },
    description: {
      en: "Whether the service account's API token is mounted into the pods. Set false for pods that never call the API.",
      ko: "서비스 어카운트의 API 토큰을 파드에 마운트할지 정한다. API를 호출하지 않는 파드라면 false로 둔다.",
    },
    link: `${K8S_DOCS}/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting`,
  },
  runtimeClassName: {
    type: "string",
    format: "dns1123-subdomain",
    description: {
      en: "RuntimeClass that picks the container runtime configuration (e.g. a sandboxed runtime).",
      ko: "컨테이너 런타임 설정을 고르는 RuntimeClass(예: 샌드박스 런타임).",
    },
    link: `${CONTAINERS}/runtime-class/`,
  },
  schedulerName: {
    type: "string",
    default: { derived: { en: "`default-scheduler`.", ko: "`default-scheduler`다." } },
    description: {
      en: "Scheduler that places the pods.",
      ko: "파드를 배치할 스케줄러.",
    },
    link: `${K8S_DOCS}/tasks/extend-kubernetes/configure-multiple-schedulers/`,
  },
  enableServiceLinks: {
    type: "boolean",
    default: { derived: { en: "`true` (set by Kubernetes).", ko: "`true`다(쿠버네티스가 정한다)." } },
    description: {
      en: "Whether environment variables describing the namespace's Services are injected into the pods.",
      ko: "네임스페이스의 서비스 정보를 담은 환경 변수를 파드에 넣을지 정한다.",
    },
    link: `${K8S_DOCS}/tutorials/services/connect-applications-service/#accessing-the-service`,
  },
  shareProcessNamespace: {
    type: "boolean",
    default: { value: false },
    description: {
      en: "Whether the containers of a pod see each other's processes.",
      ko: "한 파드의 컨테이너끼리 서로의 프로세스를 볼 수 있게 할지 정한다.",
    },
    link: `${K8S_DOCS}/tasks/configure-pod-container/share-process-namespace/`,
  },
} as const satisfies FieldCatalogue<PodFields>;

export const metadataSection: CatalogueSection = {
  name: "metadata",
  title: { en: "Metadata", ko: "메타데이터" },
  fields: metadataFields,
};
export const podSection: CatalogueSection = {
  name: "pod",
  title: { en: "Pod template", ko: "파드 템플릿" },
  fields: podFields,
};
export const containerSection: CatalogueSection = {
  name: "container",
  title: { en: "Container", ko: "컨테이너" },
  fields: containerFields,
};
