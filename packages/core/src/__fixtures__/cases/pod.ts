/**
 * Pod-level field cases: hostname and subdomain, preemptionPolicy, pod-level resources. Sources are
 * kubernetes/kubernetes `pkg/apis/core/validation/validation_test.go` (v1.36.3).
 */
import type { ValidationCase } from "./case.js";

const GO = "pkg/apis/core/validation/validation_test.go";

const main = { name: "main", image: "busybox:1.37", command: ["tail", "-f", "/dev/null"] };
const withResources = (name: string, resources: Record<string, unknown>) => ({ ...main, name, resources });

export const CASES: readonly ValidationCase[] = [
  // --- hostname, subdomain, setHostnameAsFQDN --------------------------------------------------------------
  {
    name: "hostname, subdomain and setHostnameAsFQDN",
    source: "podworks (ValidatePodSpec: hostname and subdomain are DNS-1123 labels)",
    spec: { hostname: "worker", subdomain: "workers", setHostnameAsFQDN: true },
  },
  {
    name: "hostname that is not a DNS-1123 label",
    source: "podworks (ValidatePodSpec: ValidateDNS1123Label(spec.Hostname))",
    spec: { hostname: "Worker_1" },
    rejects: { path: "hostname", rule: "format.dns1123-label" },
  },
  {
    name: "subdomain with a dot",
    source: "podworks (ValidatePodSpec: ValidateDNS1123Label(spec.Subdomain))",
    spec: { subdomain: "workers.example" },
    rejects: { path: "subdomain", rule: "format.dns1123-label" },
  },
  {
    name: "hostname on a StatefulSet",
    source: "podworks",
    kind: "StatefulSet",
    spec: { hostname: "db" },
    rejects: { path: "hostname", rule: "dns.statefulset-identity" },
    policy: {
      en: "The StatefulSet controller replaces each pod's hostname with the pod's name, so the value would be dropped silently.",
      ko: "스테이트풀셋 컨트롤러가 파드마다 호스트 이름을 파드 이름으로 바꾸므로 이 값은 말없이 버려진다.",
    },
  },
  {
    name: "hostnameOverride with setHostnameAsFQDN",
    source: `${GO} TestValidatePodHostName "SetHostnameAsFQDN=true and HostnameOverride is set should error"`,
    spec: { hostnameOverride: "my-host", setHostnameAsFQDN: true },
    rejects: { path: "hostnameOverride", rule: "dns.hostname-override-fqdn" },
  },

  // --- preemptionPolicy ------------------------------------------------------------------------------------
  {
    name: "preemptionPolicy Never",
    source: "podworks (ValidatePreemptionPolicy: PreemptLowerPriority, Never)",
    spec: { preemptionPolicy: "Never" },
  },
  {
    name: "preemptionPolicy Bogus",
    source: "podworks (ValidatePreemptionPolicy: NotSupported)",
    spec: { preemptionPolicy: "PreemptEverything" },
    rejects: { path: "preemptionPolicy", rule: "enum" },
  },

  // --- pod-level resources ---------------------------------------------------------------------------------
  {
    name: "pod-level requests and limits",
    source: `${GO} TestValidatePodResources "supported os"`,
    spec: { resources: { requests: { cpu: "2", memory: "10Mi" }, limits: { cpu: "2", memory: "10Mi" } } },
  },
  {
    name: "pod-level requests above the containers' total",
    source: `${GO} TestValidatePodResourceConsistency "aggregate container requests less than pod requests"`,
    spec: {
      resources: { requests: { cpu: "10", memory: "10Mi" } },
      containers: [
        withResources("main", { requests: { cpu: "5", memory: "5Mi" } }),
        withResources("side", { requests: { cpu: "4", memory: "3Mi" } }),
      ],
    },
  },
  {
    name: "pod-level limits at least each container's limit",
    source: `${GO} TestValidatePodResourceConsistency "aggregate container limits equal to pod limits"`,
    spec: {
      resources: { limits: { cpu: "10", memory: "10Mi" } },
      containers: [
        withResources("main", { requests: { cpu: "5", memory: "5Mi" }, limits: { cpu: "5", memory: "5Mi" } }),
        withResources("side", { requests: { cpu: "5", memory: "5Mi" }, limits: { cpu: "5", memory: "5Mi" } }),
      ],
    },
  },
  {
    name: "pod-level requests below the containers' total",
    source: `${GO} TestValidatePodResourceConsistency "aggregate container requests greater than pod requests"`,
    spec: {
      resources: { requests: { cpu: "10" } },
      containers: [
        withResources("main", { requests: { cpu: "6" } }),
        withResources("side", { requests: { cpu: "8" } }),
      ],
    },
    rejects: { path: "resources.requests.cpu", rule: "pod-resources.below-containers" },
  },
  {
    name: "a container limit above the pod-level limit",
    source: `${GO} TestValidatePodResourceConsistency "individual container limits greater than pod limits"`,
    spec: {
      resources: { limits: { cpu: "10", memory: "10Mi" } },
      containers: [withResources("main", { requests: { cpu: "1" }, limits: { cpu: "11", memory: "5Mi" } })],
    },
    rejects: { path: "containers[0].resources.limits.cpu", rule: "pod-resources.container-above-pod" },
  },
  {
    name: "container limits that add up above the pod-level limit, without requests",
    source: `${GO} TestValidatePodResourceConsistency "aggregate container limits greater than pod limits"`,
    spec: {
      resources: { limits: { cpu: "10", memory: "10Mi" } },
      containers: [
        withResources("main", { limits: { cpu: "5", memory: "5Mi" } }),
        withResources("side", { limits: { cpu: "6", memory: "9Mi" } }),
      ],
    },
    rejects: { path: "resources.limits.cpu", rule: "pod-resources.request-above-limit" },
    policy: {
      en: "The template passes, but each pod is defaulted before it is validated: the containers' requests take their limits (11 cpu), the pod-level request takes their total, which is above the pod-level limit, and every pod is rejected.",
      ko: "템플릿은 통과하지만 파드는 검증 전에 기본값이 채워진다. 컨테이너 요청이 제한값(11 cpu)을 받고, 파드 수준 요청이 그 합을 받아 파드 수준 제한을 넘으므로 모든 파드가 거부된다.",
    },
  },
  {
    name: "pod-level request above the pod-level limit",
    source: "podworks (validateResourceRequirements: must be less than or equal to cpu limit)",
    spec: { resources: { requests: { cpu: "2" }, limits: { cpu: "1" } } },
    rejects: { path: "resources.requests.cpu", rule: "pod-resources.request-above-limit" },
  },
  {
    name: "pod-level resources with an unsupported resource",
    source: `${GO} TestValidatePodResourceConsistency "container requests with resources unsupported at pod-level" (validatePodResourceName)`,
    spec: { resources: { requests: { cpu: "1", "nvidia.com/gpu": "1" } } },
    rejects: { path: "resources.requests.nvidia.com/gpu", rule: "pod-resources.unsupported" },
  },
  {
    name: "pod-level resources with claims",
    source: `${GO} TestValidatePodResources "unsupported resource claims at pod level resources"`,
    spec: { resources: { requests: { cpu: "1" }, claims: [{ name: "gpu" }] } },
    rejects: { path: "resources.claims", rule: "unknown-field" },
  },
  {
    name: "pod-level resources with a negative quantity",
    source: "podworks (ValidateResourceQuantityValue: must be greater than or equal to 0)",
    spec: { resources: { requests: { memory: "-1Gi" } } },
    rejects: { path: "resources.requests.memory", rule: "format.quantity-negative" },
  },
  {
    name: "pod-level hugepages without cpu or memory",
    source: "podworks (validateResourceRequirements: HugePages require cpu or memory)",
    spec: { resources: { requests: { "hugepages-2Mi": "4Mi" }, limits: { "hugepages-2Mi": "4Mi" } } },
    rejects: { path: "resources", rule: "pod-resources.hugepages-alone" },
  },
  {
    name: "pod-level hugepages beside a memory limit",
    source: "podworks (validateResourceRequirements: hugepages request equals its limit)",
    spec: {
      resources: { limits: { memory: "1Gi", "hugepages-2Mi": "4Mi" }, requests: { "hugepages-2Mi": "4Mi" } },
    },
  },
  {
    name: "pod-level hugepages that are not whole pages",
    source: "podworks (validateResourceQuantityHugePageValue: must be a multiple of the page size)",
    spec: { resources: { limits: { memory: "1Gi", "hugepages-2Mi": "3Mi" } } },
    rejects: { path: "resources.limits.hugepages-2Mi", rule: "pod-resources.hugepages-size" },
  },
];
