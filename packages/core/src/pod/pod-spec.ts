/**
 * The pod-level fields of the pod template, flattened: `spec.template.spec.volumes` is `volumes`.
 */
import type { LocalObjectReference } from "kubernetes-types/core/v1.js";
import type { CatalogueSection, FieldCatalogue } from "../catalogue.js";
import { type Affinity, affinitySection } from "./affinity.js";
import type { Container, RestartPolicy } from "./container.js";
import { dnsConfigSection, type HostAlias, hostAliasSection, type PodDNSConfig } from "./dns.js";
import { CONTAINERS, K8S_DOCS, OBJECTS, POD_API, PODS } from "./links.js";
import { type PodResources, podResourcesSection } from "./pod-resources.js";
import {
  type PodReadinessGate,
  type PodSchedulingGate,
  readinessGateSection,
  schedulingGateSection,
} from "./scheduling.js";
import {
  POD_SECURITY_DEFAULTS,
  type PodSecurityContext,
  type PodSecurityFields,
  podSecurityContextSection,
  podSecurityFields,
} from "./security.js";
import { type Toleration, tolerationSection } from "./tolerations.js";
import { type TopologySpreadConstraint, topologySpreadConstraintSection } from "./topology.js";
import { type Volume, volumeSection } from "./volumes.js";

const DNS = `${K8S_DOCS}/concepts/services-networking/dns-pod-service/`;

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
  /** The pod's hostname; unset, the pod's name. */
  readonly hostname?: string;
  /** With `hostname`: the pod's FQDN is `<hostname>.<subdomain>.<namespace>.svc.<cluster-domain>`. */
  readonly subdomain?: string;
  /** @default false */
  readonly setHostnameAsFQDN?: boolean;
  /** Beta since 1.35: the hostname the containers see, instead of the pod's name. */
  readonly hostnameOverride?: string;
  readonly readinessGates?: readonly PodReadinessGate[];
  readonly schedulingGates?: readonly PodSchedulingGate[];
  /** @default "PreemptLowerPriority" (from the PriorityClass) */
  readonly preemptionPolicy?: "PreemptLowerPriority" | "Never";
  /** Beta since 1.34: a resource budget for the whole pod. */
  readonly resources?: PodResources;
  readonly automountServiceAccountToken?: boolean;
  readonly runtimeClassName?: string;
  readonly schedulerName?: string;
  readonly enableServiceLinks?: boolean;
  readonly shareProcessNamespace?: boolean;
}

/** The field catalogue of the pod-level fields every spec carries (`PodFields`). */
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
    rules: [{ en: "Label keys and label values.", ko: "키와 값이 레이블 형식이어야 한다." }],
    link: `${K8S_DOCS}/concepts/scheduling-eviction/assign-pod-node/#nodeselector`,
  },
  tolerations: {
    type: "object[]",
    section: tolerationSection,
    description: {
      en: "Taints the pods tolerate, e.g. `{ key, operator: Exists, effect: NoSchedule }`.",
      ko: "파드가 견딜 테인트(taint) 목록. 예: `{ key, operator: Exists, effect: NoSchedule }`.",
    },
    link: `${K8S_DOCS}/concepts/scheduling-eviction/taint-and-toleration/`,
  },
  affinity: {
    type: "object",
    section: affinitySection,
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
    section: topologySpreadConstraintSection,
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
    rules: [
      {
        en: "`None` needs `dnsConfig` with at least one nameserver.",
        ko: "`None`이면 네임서버가 하나 이상 있는 `dnsConfig`가 있어야 한다.",
      },
    ],
    link: `${K8S_DOCS}/concepts/services-networking/dns-pod-service/#pod-s-dns-policy`,
  },
  dnsConfig: {
    type: "object",
    section: dnsConfigSection,
    description: {
      en: "Extra name servers, search domains and resolver options for the pods.",
      ko: "파드에 더할 네임서버, 검색 도메인, 리졸버 옵션.",
    },
    link: `${K8S_DOCS}/concepts/services-networking/dns-pod-service/#pod-dns-config`,
  },
  hostAliases: {
    type: "object[]",
    section: hostAliasSection,
    description: {
      en: "Entries added to the pods' /etc/hosts: `[{ ip, hostnames }]`.",
      ko: "파드의 /etc/hosts에 추가할 항목(`[{ ip, hostnames }]`).",
    },
    link: `${K8S_DOCS}/tasks/network/customize-hosts-file-for-pods/`,
  },
  hostname: {
    type: "string",
    format: "dns1123-label",
    default: {
      derived: { en: "The pod's name (set by Kubernetes).", ko: "파드 이름이다(쿠버네티스가 정한다)." },
    },
    description: {
      en: "The pods' hostname. Every pod of the workload gets the same one.",
      ko: "파드의 호스트 이름. 워크로드의 모든 파드가 같은 이름을 받는다.",
    },
    rules: [
      {
        en: "Not on StatefulSets: their controller names each pod's host after the pod.",
        ko: "스테이트풀셋에는 쓸 수 없다. 컨트롤러가 파드마다 파드 이름을 호스트 이름으로 정한다.",
      },
    ],
    link: `${DNS}#pod-s-hostname-and-subdomain-fields`,
  },
  subdomain: {
    type: "string",
    format: "dns1123-label",
    description: {
      en: "With a headless Service of this name in the namespace, each pod gets the DNS name `<hostname>.<subdomain>.<namespace>.svc.<cluster-domain>`.",
      ko: "네임스페이스에 이 이름의 헤드리스 서비스가 있으면 각 파드가 `<hostname>.<subdomain>.<namespace>.svc.<cluster-domain>`이라는 DNS 이름을 받는다.",
    },
    rules: [
      {
        en: "Not on StatefulSets: their pods' subdomain is `serviceName`.",
        ko: "스테이트풀셋에는 쓸 수 없다. 그 파드의 서브도메인은 `serviceName`이다.",
      },
    ],
    link: `${DNS}#pod-s-hostname-and-subdomain-fields`,
  },
  setHostnameAsFQDN: {
    type: "boolean",
    default: { value: false },
    description: {
      en: "Whether the kernel hostname inside the pod is the fully qualified name (`hostname -f`) instead of the short one.",
      ko: "파드 안의 커널 호스트 이름을 짧은 이름 대신 정규화된 전체 이름(`hostname -f`)으로 할지 정한다.",
    },
    link: `${DNS}#pod-sethostnameasfqdn-field`,
  },
  hostnameOverride: {
    type: "string",
    format: "dns1123-subdomain",
    maxLength: 64,
    since: "1.35",
    description: {
      en: "The hostname the pod's containers see, replacing the one from `hostname` and `subdomain`.",
      ko: "파드의 컨테이너가 보는 호스트 이름. `hostname`과 `subdomain`으로 정해지는 이름을 대신한다.",
    },
    rules: [
      {
        en: "Not with `setHostnameAsFQDN: true` or `hostNetwork: true`.",
        ko: "`setHostnameAsFQDN: true`나 `hostNetwork: true`와 함께 쓸 수 없다.",
      },
    ],
    link: `${DNS}#pod-hostname`,
  },
  readinessGates: {
    type: "object[]",
    section: readinessGateSection,
    description: {
      en: "Extra pod conditions, set by your own controllers, that must be True before the pods count as ready.",
      ko: "직접 만든 컨트롤러가 설정하는 추가 파드 컨디션. 모두 True여야 파드가 준비된 것으로 인정된다.",
    },
    link: `${PODS}/pod-lifecycle/#pod-readiness-gate`,
  },
  schedulingGates: {
    type: "object[]",
    section: schedulingGateSection,
    since: "1.27",
    ga: "1.30",
    description: {
      en: "Gates that keep new pods from being scheduled until a controller removes them: `[{ name }]`.",
      ko: "컨트롤러가 지울 때까지 새 파드가 스케줄링되지 않게 막는 게이트(`[{ name }]`).",
    },
    rules: [{ en: "Names are unique.", ko: "이름이 겹치면 안 된다." }],
    link: `${PODS}/pod-scheduling-readiness/`,
  },
  preemptionPolicy: {
    type: "string",
    enum: ["PreemptLowerPriority", "Never"],
    default: {
      derived: {
        en: "The PriorityClass's policy, else `PreemptLowerPriority` (set by Kubernetes).",
        ko: "PriorityClass의 정책을, 없으면 `PreemptLowerPriority`를 쓴다(쿠버네티스가 정한다).",
      },
    },
    description: {
      en: "Whether the pods may evict lower-priority pods to get scheduled (`Never`: they wait instead).",
      ko: "스케줄링되려고 우선순위가 낮은 파드를 밀어낼 수 있는지 정한다(`Never`이면 대신 기다린다).",
    },
    link: `${K8S_DOCS}/concepts/scheduling-eviction/pod-priority-preemption/#non-preempting-priority-class`,
  },
  resources: {
    type: "object",
    section: podResourcesSection,
    since: "1.34",
    description: {
      en: "A CPU, memory and hugepages budget for the whole pod, shared by its containers.",
      ko: "파드 전체의 CPU, 메모리, hugepages 예산. 컨테이너가 나누어 쓴다.",
    },
    rules: [
      {
        en: "Only cpu, memory and hugepages-<size>; requests at least the containers' total and at most the limits; every container limit at most the pod's.",
        ko: "cpu, memory, hugepages-<크기>만 쓸 수 있다. 요청은 컨테이너 요청의 합 이상, 제한 이하여야 하고, 컨테이너의 제한은 파드의 제한 이하여야 한다.",
      },
    ],
    link: `${K8S_DOCS}/concepts/configuration/manage-resources-containers/#pod-level-resource-specification`,
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
