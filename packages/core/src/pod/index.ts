/**
 * The pod template, one file per object family: the container (`container.ts`), pod-level fields
 * (`pod-spec.ts`), env, ports, resources, volumes, and the rules that span them (`template.ts`).
 */
export type {
  Affinity,
  NodeAffinity,
  NodeSelectorRequirement,
  NodeSelectorTerm,
  PodAffinity,
  PodAffinityTerm,
} from "./affinity.js";
export type {
  Container,
  ContainerResizePolicy,
  ContainerSecurityContext,
  RestartPolicy,
  VolumeDevice,
} from "./container.js";
export { containerFields, containerSection } from "./container.js";
export type { HostAlias, PodDNSConfig } from "./dns.js";
export type { EnvFromSource, EnvVar, EnvVarSource } from "./env.js";
export type { Lifecycle, LifecycleHandler } from "./lifecycle.js";
export type { PodResources } from "./pod-resources.js";
export type { PodFields, PodSecurityContext } from "./pod-spec.js";
export { podFields, podSection } from "./pod-spec.js";
export type { ContainerPort } from "./ports.js";
export type { Probe } from "./probe.js";
export type { ResourceRequirements } from "./resources.js";
export type { PodReadinessGate, PodSchedulingGate } from "./scheduling.js";
export type { LabelSelector, LabelSelectorRequirement } from "./selector.js";
export {
  checkPod,
  NAME_LABEL,
  objectLabelsOf,
  podLabelsOf,
  renderMetadata,
  renderPodTemplate,
  selectorOf,
} from "./template.js";
export type { Toleration } from "./tolerations.js";
export type { TopologySpreadConstraint } from "./topology.js";
