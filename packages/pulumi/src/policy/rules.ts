/**
 * The checks of the `podworks-statefulset-data` policy pack, as plain functions over a resource's
 * properties, and the CrossGuard policies that run them. They look at raw `kubernetes:apps/v1:StatefulSet`
 * resources, so StatefulSets created with `@pulumi/kubernetes` directly, by Helm charts or by YAML are
 * checked the same way as podworks' own.
 *
 * A StatefulSet without volumeClaimTemplates has no claims to lose and is not checked.
 */
import type { ReportViolation, ResourceValidationArgs, ResourceValidationPolicy } from "@pulumi/policy";
import { ACKNOWLEDGE_PVC_DELETION, AUTONAMED } from "../annotations.js";

/** The name of the policy pack these policies make up. */
export const PACK_NAME = "podworks-statefulset-data";
/** The Pulumi resource type the policies check: a Kubernetes StatefulSet, however it was created. */
export const STATEFULSET_RESOURCE_TYPE = "kubernetes:apps/v1:StatefulSet";

/** One problem found in a StatefulSet's properties, in English and Korean. */
export interface DataRisk {
  /** The problem and how to fix it, in English. */
  readonly en: string;
  /** The problem and how to fix it, in Korean. */
  readonly ko: string;
}

type Props = Record<string, unknown> | undefined;

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function describe(props: Props): string {
  const name = record(props?.metadata)?.name;
  return typeof name === "string" && name !== "" ? `StatefulSet "${name}"` : "this StatefulSet";
}

function describeKo(props: Props): string {
  const name = record(props?.metadata)?.name;
  return typeof name === "string" && name !== "" ? `스테이트풀셋 "${name}"` : "이 스테이트풀셋";
}

/** Names of the StatefulSet's volumeClaimTemplates (empty when it has none). */
export function claimTemplateNames(props: Props): string[] {
  const templates = record(props?.spec)?.volumeClaimTemplates;
  if (!Array.isArray(templates)) return [];
  return templates
    .map((t) => record(record(t)?.metadata)?.name)
    .map((n) => (typeof n === "string" ? n : "<template>"));
}

/**
 * Auto-named: no `metadata.name`, or the Kubernetes provider's `pulumi.com/autonamed` mark. A replacement then
 * gets a new random name, and with it new, empty claims.
 */
export function autoNamedRisks(props: Props): DataRisk[] {
  const templates = claimTemplateNames(props);
  if (templates.length === 0) return [];
  const metadata = record(props?.metadata);
  const name = metadata?.name;
  const autonamed = record(metadata?.annotations)?.[AUTONAMED] === "true";
  if (typeof name === "string" && name !== "" && !autonamed) return [];
  return [
    {
      en:
        `${describe(props)} is auto-named: each replacement gets a new name, so its pods get new, empty claims ` +
        `(${templates.map((t) => `${t}-<new name>-<ordinal>`).join(", ")}) and the old data is left behind. ` +
        "Set metadata.name explicitly.",
      ko:
        `${describeKo(props)}의 이름이 자동으로 지어진다. 새로 만들 때마다 이름이 바뀌므로 파드가 비어 있는 새 클레임` +
        `(${templates.map((t) => `${t}-<새 이름>-<ordinal>`).join(", ")})을 받고 이전 데이터는 그대로 남는다. ` +
        "metadata.name을 직접 지정한다.",
    },
  ];
}

/** No explicit `persistentVolumeClaimRetentionPolicy` (or one of its two fields missing). */
export function retentionMissingRisks(props: Props): DataRisk[] {
  if (claimTemplateNames(props).length === 0) return [];
  const policy = record(record(props?.spec)?.persistentVolumeClaimRetentionPolicy);
  const missing = ["whenDeleted", "whenScaled"].filter((key) => typeof policy?.[key] !== "string");
  if (missing.length === 0) return [];
  return [
    {
      en:
        `${describe(props)} does not set persistentVolumeClaimRetentionPolicy.${missing.join(" and .")}: ` +
        "what happens to its claims then depends on the cluster. Write " +
        "persistentVolumeClaimRetentionPolicy: { whenDeleted: Retain, whenScaled: Retain }.",
      ko:
        `${describeKo(props)}에 persistentVolumeClaimRetentionPolicy.${missing.join(", .")}가 없다. ` +
        "그러면 클레임의 운명이 클러스터 설정에 달린다. " +
        "persistentVolumeClaimRetentionPolicy: { whenDeleted: Retain, whenScaled: Retain }을 명시한다.",
    },
  ];
}

/** A `Delete` retention policy without the `podworks.dev/acknowledge-pvc-deletion: "true"` annotation. */
export function unacknowledgedDeleteRisks(props: Props): DataRisk[] {
  const templates = claimTemplateNames(props);
  if (templates.length === 0) return [];
  const policy = record(record(props?.spec)?.persistentVolumeClaimRetentionPolicy);
  const deleting = ["whenDeleted", "whenScaled"].filter((key) => policy?.[key] === "Delete");
  if (deleting.length === 0) return [];
  const acknowledged = record(record(props?.metadata)?.annotations)?.[ACKNOWLEDGE_PVC_DELETION] === "true";
  if (acknowledged) return [];
  const fields = deleting.map((key) => `${key}: Delete`).join(", ");
  return [
    {
      en:
        `${describe(props)} has ${fields}: Kubernetes deletes its claims ` +
        `(${templates.map((t) => `${t}-<statefulset>-<ordinal>`).join(", ")}) and their data ` +
        (deleting.includes("whenDeleted")
          ? "when the StatefulSet is deleted or replaced"
          : "when it is scaled down") +
        `. Use Retain, or acknowledge the loss with the annotation ${ACKNOWLEDGE_PVC_DELETION}: "true" ` +
        "(podworks writes it for acknowledgePvcDeletion: true).",
      ko:
        `${describeKo(props)}에 ${fields}가 지정되어 있다. 쿠버네티스가 클레임` +
        `(${templates.map((t) => `${t}-<statefulset>-<ordinal>`).join(", ")})과 데이터를 ` +
        (deleting.includes("whenDeleted") ? "스테이트풀셋을 지우거나 새로 만들 때" : "축소할 때") +
        ` 지운다. Retain을 쓰거나, 데이터 삭제를 받아들인다면 어노테이션 ${ACKNOWLEDGE_PVC_DELETION}: "true"를 붙인다` +
        "(podworks는 acknowledgePvcDeletion: true일 때 이 어노테이션을 쓴다).",
    },
  ];
}

/** Every risk the pack reports for one resource's properties. */
export function statefulSetDataRisks(props: Props): DataRisk[] {
  return [...autoNamedRisks(props), ...retentionMissingRisks(props), ...unacknowledgedDeleteRisks(props)];
}

function validator(check: (props: Props) => DataRisk[]) {
  return (args: ResourceValidationArgs, reportViolation: ReportViolation): void => {
    if (args.type !== STATEFULSET_RESOURCE_TYPE) return;
    for (const risk of check(args.props)) reportViolation(`${risk.en}\n${risk.ko}`);
  };
}

/** Mandatory: a StatefulSet with claim templates has an explicit `metadata.name` (checked by `autoNamedRisks`). */
export const statefulSetExplicitName: ResourceValidationPolicy = {
  name: "podworks-statefulset-explicit-name",
  description:
    "StatefulSets with volumeClaimTemplates have an explicit metadata.name, so a replaced StatefulSet re-attaches the same claims.",
  enforcementLevel: "mandatory",
  validateResource: validator(autoNamedRisks),
};

/**
 * Mandatory: a StatefulSet with claim templates sets `persistentVolumeClaimRetentionPolicy` (checked by
 * `retentionMissingRisks`).
 */
export const statefulSetRetentionPolicySet: ResourceValidationPolicy = {
  name: "podworks-statefulset-retention-policy-set",
  description:
    "StatefulSets with volumeClaimTemplates write persistentVolumeClaimRetentionPolicy explicitly.",
  enforcementLevel: "mandatory",
  validateResource: validator(retentionMissingRisks),
};

/**
 * Mandatory: a `Delete` retention policy carries the acknowledgement annotation (checked by
 * `unacknowledgedDeleteRisks`).
 */
export const statefulSetDeleteAcknowledged: ResourceValidationPolicy = {
  name: "podworks-statefulset-delete-acknowledged",
  description: `A Delete retention policy on a StatefulSet carries the annotation ${ACKNOWLEDGE_PVC_DELETION}: "true".`,
  enforcementLevel: "mandatory",
  validateResource: validator(unacknowledgedDeleteRisks),
};

/** The policies of the pack, in the order they are reported. */
export const statefulSetDataPolicies: readonly ResourceValidationPolicy[] = [
  statefulSetExplicitName,
  statefulSetRetentionPolicySet,
  statefulSetDeleteAcknowledged,
];
