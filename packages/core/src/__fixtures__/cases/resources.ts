/** Container resources (src/pod/resources.ts). */
import type { ValidationCase } from "./case.js";

const T = "pkg/apis/core/validation/validation_test.go";
const REQ = `${T} TestValidateResourceRequirements`;

export const CASES: readonly ValidationCase[] = [
  // Accepted
  {
    name: "cpu, memory and ephemeral-storage",
    source: REQ,
    container: {
      resources: {
        requests: { cpu: "100m", memory: "200Mi", "ephemeral-storage": "1Gi" },
        limits: { cpu: 1, memory: "256Mi" },
      },
    },
  },
  {
    name: "an extended resource with only a limit",
    source: REQ,
    container: { resources: { limits: { "nvidia.com/gpu": 1 } } },
  },
  {
    name: "an extended resource with request equal to limit",
    source: REQ,
    container: { resources: { requests: { "example.com/foo": "2" }, limits: { "example.com/foo": 2 } } },
  },
  {
    name: "hugepages beside a memory limit",
    source: REQ,
    container: { resources: { limits: { "hugepages-2Mi": "100Mi", memory: "100Mi" } } },
  },

  // Rejected
  {
    name: "gpu without a domain",
    source: REQ,
    container: { resources: { limits: { gpu: 1 } } },
    rejects: { path: "containers[0].resources.limits.gpu", rule: "resources.name" },
  },
  {
    name: "disk is no container resource",
    source: REQ,
    container: { resources: { requests: { disk: "1Gi" } } },
    rejects: { path: "containers[0].resources.requests.disk", rule: "resources.name" },
  },
  {
    name: "cpuu, a typo of cpu",
    source: "podworks",
    container: { resources: { limits: { cpuu: "500m" } } },
    rejects: { path: "containers[0].resources.limits.cpuu", rule: "resources.name" },
  },
  {
    name: "a resource name with a bad character",
    source: REQ,
    container: { resources: { limits: { "example.com/a b": 1 } } },
    rejects: { path: "containers[0].resources.limits.example.com/a b", rule: "resources.name" },
  },
  {
    name: "an extended resource request without a limit",
    source: REQ,
    container: { resources: { requests: { "nvidia.com/gpu": 1 } } },
    rejects: { path: "containers[0].resources.limits.nvidia.com/gpu", rule: "resources.limit-required" },
  },
  {
    name: "an extended resource with request below limit",
    source: REQ,
    container: { resources: { requests: { "nvidia.com/gpu": 1 }, limits: { "nvidia.com/gpu": 2 } } },
    rejects: {
      path: "containers[0].resources.requests.nvidia.com/gpu",
      rule: "resources.request-equals-limit",
    },
  },
  {
    name: "an extended resource of 500m",
    source: REQ,
    container: { resources: { limits: { "nvidia.com/gpu": "500m" } } },
    rejects: { path: "containers[0].resources.limits.nvidia.com/gpu", rule: "resources.integer" },
  },
  {
    name: "hugepages without cpu or memory",
    source: REQ,
    container: { resources: { limits: { "hugepages-2Mi": "100Mi" } } },
    rejects: { path: "containers[0].resources", rule: "resources.hugepages-need-cpu-or-memory" },
  },
  {
    name: "hugepages that are not a whole number of pages",
    source: REQ,
    container: { resources: { limits: { "hugepages-2Mi": "3Mi", memory: "100Mi" } } },
    rejects: { path: "containers[0].resources.limits.hugepages-2Mi", rule: "resources.hugepages-multiple" },
  },
  {
    name: "a memory request above its limit",
    source: REQ,
    container: { resources: { requests: { memory: "1Gi" }, limits: { memory: "512Mi" } } },
    rejects: { path: "containers[0].resources.requests.memory", rule: "pod.request-above-limit" },
  },
  {
    name: "a negative quantity",
    source: REQ,
    container: { resources: { requests: { cpu: "-1" } } },
    rejects: { path: "containers[0].resources.requests.cpu", rule: "format.quantity-negative" },
  },
  {
    name: "a claim the pod does not have",
    source: "podworks",
    container: { resources: { claims: [{ name: "gpu" }] } },
    rejects: { path: "containers[0].resources.claims[0].name", rule: "resources.claim-unknown" },
  },
  {
    name: "a claim without a name",
    source: "podworks",
    container: { resources: { claims: [{ request: "one" }] } },
    rejects: { path: "containers[0].resources.claims[0].name", rule: "required" },
  },
  {
    name: "an unknown field under resources",
    source: "podworks",
    container: { resources: { limit: { cpu: 1 } } },
    rejects: { path: "containers[0].resources.limit", rule: "unknown-field" },
  },
];
