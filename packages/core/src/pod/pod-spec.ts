/**
 * The pod-level fields of the pod template, flattened: `spec.template.spec.volumes` is `volumes`.
 */
import type {
  Affinity,
  HostAlias,
  LocalObjectReference,
  PodDNSConfig,
  Toleration,
  TopologySpreadConstraint,
} from "kubernetes-types/core/v1.js";
import type { CatalogueSection, FieldCatalogue } from "../catalogue.js";
import type { Container, RestartPolicy } from "./container.js";
import { CONTAINERS, K8S_DOCS, OBJECTS, POD_API, PODS } from "./links.js";
import {
  POD_SECURITY_DEFAULTS,
  type PodSecurityContext,
  type PodSecurityFields,
  podSecurityContextSection,
  podSecurityFields,
} from "./security.js";
import { type Volume, volumeSection } from "./volumes.js";

export type { PodSecurityContext };

/** The pod template, flattened. */
export interface PodFields extends PodSecurityFields {
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
    section: volumeSection,
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
    section: podSecurityContextSection,
    default: { value: POD_SECURITY_DEFAULTS },
    description: {
      en: "Pod security settings. podworks runs pods as user and group 65534 (nobody), non-root, with the RuntimeDefault seccomp profile, which passes Pod Security `restricted`; a field you set wins, and `runAsUser: null` leaves the user to the image. A Windows pod (`os.name: windows`) gets only `runAsNonRoot`.",
      ko: "파드 보안 설정. podworks는 파드를 사용자·그룹 65534(nobody)로, 루트가 아닌 상태로, RuntimeDefault seccomp 프로파일로 실행해 파드 보안 `restricted`를 통과시킨다. 직접 지정한 필드가 우선하며, `runAsUser: null`이면 이미지의 사용자를 그대로 쓴다. Windows 파드(`os.name: windows`)에는 `runAsNonRoot`만 넣는다.",
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
  ...podSecurityFields,
} as const satisfies FieldCatalogue<PodFields>;

export const podSection: CatalogueSection<"pod"> = {
  name: "pod",
  title: { en: "Pod template", ko: "파드 템플릿" },
  fields: podFields,
};
