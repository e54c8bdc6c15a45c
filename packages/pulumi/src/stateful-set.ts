/**
 * `podworks:index:StatefulSet`: a podworks StatefulSet spec deployed with Pulumi, with its headless Service,
 * and with protection for the data in its PersistentVolumeClaims:
 *
 * 1. Retention: core always renders `persistentVolumeClaimRetentionPolicy` (Retain/Retain unless `Delete` is
 *    acknowledged); the acknowledgement is also written as an annotation the policy pack can see.
 * 2. Stable names: the StatefulSet and its Service take their names from the spec (no auto-naming suffix), and
 *    an identity guard (see identity-guard.ts) refuses renames unless `acknowledgeRename` is set.
 * 3. Immutable fields: a change to volumeClaimTemplates, serviceName, podManagementPolicy or selector replaces
 *    the StatefulSet (replaceOnChanges), deleting the old one first (the name is fixed) with foreground
 *    propagation by default; the claims have no owner while retention is Retain, so they stay and the new
 *    StatefulSet re-attaches them by name.
 * 4. Storage growth: one PersistentVolumeClaimPatch per claim sets the claim's storage request after the
 *    StatefulSet is ready; a patch is never deleted from the cluster (retainOnDelete).
 * The component logs what protection does, so `pulumi preview` and `pulumi up` say it.
 */
import {
  claimNames,
  type Service as K8sService,
  type StatefulSet as K8sStatefulSet,
  type KubernetesObject,
  type StatefulSetSpec,
  serviceNameOf,
  type VolumeClaimTemplate,
} from "@podworks/core";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { ACKNOWLEDGE_PVC_DELETION, DELETION_PROPAGATION_POLICY, PATCH_FORCE } from "./annotations.js";
import { StatefulSetIdentityGuard } from "./identity-guard.js";
import {
  argumentError,
  childInputs,
  hasInputs,
  type ManifestCheck,
  renderSpec,
  requirePlain,
  requireSpec,
  timeoutsOf,
  type WorkloadArgs,
} from "./workload.js";

/** Spec keys that must be plain values: they decide the claims, the patches and the Service. */
export const STATEFULSET_PLAIN_KEYS = [
  "replicas",
  "ordinals",
  "volumeClaimTemplates",
  "headlessService",
  "serviceName",
  "persistentVolumeClaimRetentionPolicy",
  "acknowledgePvcDeletion",
] as const;

/** A spec key of `STATEFULSET_PLAIN_KEYS`: one that must be a plain value, not a Pulumi input. */
export type StatefulSetPlainKey = (typeof STATEFULSET_PLAIN_KEYS)[number];

/** Fields Kubernetes will not update in place; a change to one of them replaces the StatefulSet. */
export const STATEFULSET_IMMUTABLE_FIELDS = [
  "spec.volumeClaimTemplates",
  "spec.serviceName",
  "spec.podManagementPolicy",
  "spec.selector",
] as const;

/**
 * How Kubernetes deletes the StatefulSet's pods when the StatefulSet is deleted or replaced (the
 * `pulumi.com/deletionPropagationPolicy` annotation).
 */
export type DeletionPropagation = "foreground" | "background" | "orphan";

const PROPAGATIONS: readonly DeletionPropagation[] = ["foreground", "background", "orphan"];

export interface StatefulSetArgs extends WorkloadArgs<StatefulSetSpec, StatefulSetPlainKey> {
  /**
   * How long Pulumi waits, on create and update, for every replica to be ready (and so for every claim to
   * exist). @default 600 (the Kubernetes provider's 10 minutes)
   */
  readonly timeoutSeconds?: number;
  /**
   * Lets a change of the StatefulSet's name, namespace or serviceName, or the removal or renaming of a
   * volumeClaimTemplate, through the identity guard. The old claims are left behind, unused. Set it for the
   * one deployment that makes the change, then remove it. @default false
   */
  readonly acknowledgeRename?: boolean;
  /**
   * How the Kubernetes provider deletes the StatefulSet, on replacement and on destroy (written as the
   * `pulumi.com/deletionPropagationPolicy` annotation; the value deployed last is the one used).
   * - `foreground`: the pods are deleted first, then the StatefulSet; a replacement starts from no pods.
   * - `background`: the StatefulSet goes at once and the garbage collector deletes the pods.
   * - `orphan`: the pods keep running; a replacement with the same name and selector adopts them (no
   *   downtime), but `pulumi destroy` leaves them running too.
   * The claims are kept in every case while the retention policy is Retain.
   * @default "foreground"
   */
  readonly deletionPropagationPolicy?: DeletionPropagation;
  /**
   * Patch each existing claim to the template's storage request, so growing a template resizes the claims in
   * place (the StorageClass must allow volume expansion). @default true
   */
  readonly resizeClaims?: boolean;
  /** DNS domain of the cluster, for `podDnsNames`. @default "cluster.local" */
  readonly clusterDomain?: string;
}

/** The Pulumi type token of the `StatefulSet` component. */
export const STATEFULSET_TYPE = "podworks:index:StatefulSet";

/** The parts of the rendered objects PVC protection depends on: `transformManifest` may not change them. */
function protectedPart(object: KubernetesObject): string {
  const metadata = object.metadata ?? {};
  const base = { name: metadata.name, namespace: metadata.namespace };
  if (object.kind !== "StatefulSet") return JSON.stringify(base);
  const spec = object.spec ?? ({} as NonNullable<typeof object.spec>);
  return JSON.stringify({
    ...base,
    serviceName: spec.serviceName,
    templates: (spec.volumeClaimTemplates ?? []).map((t) => ({
      name: t.metadata?.name,
      storage: t.spec?.resources?.requests?.storage,
    })),
    retention: spec.persistentVolumeClaimRetentionPolicy,
  });
}

const keepProtection: ManifestCheck = (before, after) => {
  if (protectedPart(before) === protectedPart(after)) return;
  throw new Error(
    `\`transformManifest\` may not change what PVC protection depends on in the ${before.kind} ` +
      "(name, namespace, serviceName, volumeClaimTemplate names and storage, persistentVolumeClaimRetentionPolicy): " +
      "set them in `spec`, where they are validated and guarded.\n" +
      `\`transformManifest\`는 ${before.kind}에서 PVC 보호가 의존하는 값(이름, 네임스페이스, serviceName, ` +
      "볼륨 클레임 템플릿의 이름과 크기, persistentVolumeClaimRetentionPolicy)을 바꿀 수 없다. " +
      "검증과 보호를 받도록 `spec`에서 지정한다.",
  );
};

/** Pod ordinals of the StatefulSet: `start` .. `start + replicas - 1`. */
function ordinalsOf(spec: { replicas?: number; ordinals?: { start?: number } }): number[] {
  const start = spec.ordinals?.start ?? 0;
  return Array.from({ length: spec.replicas ?? 1 }, (_, i) => start + i);
}

function describeProtection(
  name: string,
  templates: number,
  claims: readonly string[],
  retention: { whenDeleted: string; whenScaled: string },
  propagation: DeletionPropagation,
  resize: boolean,
): string {
  if (templates === 0) {
    return `podworks: StatefulSet "${name}" has no volumeClaimTemplates, so it has no claims to protect.`;
  }
  const pods =
    propagation === "orphan"
      ? "its pods keep running and the new StatefulSet adopts them"
      : propagation === "foreground"
        ? "its pods are deleted first"
        : "its pods are deleted in the background";
  const lines = [
    `podworks PVC protection for StatefulSet "${name}": claims ${claims.join(", ") || "(none for 0 replicas)"}.`,
    `  retention: whenDeleted=${retention.whenDeleted}, whenScaled=${retention.whenScaled}` +
      (retention.whenDeleted === "Retain" && retention.whenScaled === "Retain"
        ? "; the claims and their data are kept when the StatefulSet is deleted, replaced or scaled down."
        : "; Delete was acknowledged: Kubernetes deletes those claims and their data as that policy says."),
    `  a change to ${STATEFULSET_IMMUTABLE_FIELDS.map((f) => f.replace("spec.", "")).join(", ")} replaces the StatefulSet: ` +
      `the old one is deleted first (${propagation}: ${pods}), then the new one re-attaches these claims by name.`,
    resize
      ? "  a larger storage request in a volumeClaimTemplate is applied to these claims in place (the StorageClass must allow expansion)."
      : "  resizeClaims is false: a larger storage request only reaches claims created after the change.",
  ];
  return lines.join("\n");
}

/**
 * A StatefulSet with its headless Service, from a podworks spec, with PVC retention protection.
 *
 * Outputs: `name`, `namespace`, `serviceName`, `podDnsNames` (`<pod>.<service>.<namespace>.svc.<domain>`) and
 * `pvcNames` (`<template>-<statefulset>-<ordinal>` for the current replicas).
 */
export class StatefulSet extends pulumi.ComponentResource {
  /** The StatefulSet's name in the cluster: the spec's `name`, or the component's name when the spec has none. */
  readonly name: pulumi.Output<string>;
  /** The namespace the StatefulSet is in, as the cluster reports it. */
  readonly namespace: pulumi.Output<string>;
  /** The name of the StatefulSet's governing (headless) Service. */
  readonly serviceName: pulumi.Output<string>;
  /** The stable DNS name of each pod of the current replicas: `<pod>.<service>.<namespace>.svc.<clusterDomain>`. */
  readonly podDnsNames: pulumi.Output<string[]>;
  /** The name of each claim of the current replicas: `<template>-<statefulset>-<ordinal>`. */
  readonly pvcNames: pulumi.Output<string[]>;
  /** The `apps/v1 StatefulSet` child resource the component creates. */
  readonly statefulSet: k8s.apps.v1.StatefulSet;
  /** The generated headless Service; undefined with `headlessService: false`. */
  readonly service: k8s.core.v1.Service | undefined;
  /**
   * The guard resource that refuses a change of the StatefulSet's name, namespace, serviceName or claim templates
   * that would orphan its claims; every child that carries those names depends on it.
   */
  readonly identityGuard: StatefulSetIdentityGuard;
  /** One patch per claim of the current replicas (empty with `resizeClaims: false`). */
  readonly claimPatches: k8s.core.v1.PersistentVolumeClaimPatch[];

  /**
   * Validates and renders `args.spec` with @podworks/core (a plain spec that is invalid throws here, with every
   * problem in English and Korean), then creates the child resources. `name` is the component's name and, unless the
   * spec sets `name`, the StatefulSet's.
   */
  constructor(name: string, args: StatefulSetArgs, opts?: pulumi.ComponentResourceOptions) {
    super(STATEFULSET_TYPE, name, {}, opts);
    requireSpec(this, "StatefulSet", args);
    requirePlain(this, args.spec, ["name", ...STATEFULSET_PLAIN_KEYS]);
    const propagation = args.deletionPropagationPolicy ?? "foreground";
    if (!PROPAGATIONS.includes(propagation)) {
      throw argumentError(
        this,
        `\`deletionPropagationPolicy\` must be one of ${PROPAGATIONS.join(", ")} (got ${String(propagation)}).`,
        `\`deletionPropagationPolicy\`는 ${PROPAGATIONS.join(", ")} 중 하나여야 한다(현재 값: ${String(propagation)}).`,
      );
    }
    const customTimeouts = timeoutsOf(this, args.timeoutSeconds);

    // Validation (core's rules only) and rendering; plain specs throw here, during construction.
    const rendered = renderSpec({
      kind: "StatefulSet",
      type: STATEFULSET_TYPE,
      name,
      args,
      check: keepProtection,
    });
    const spec = args.spec;
    const objectName = spec.name ?? name;
    // The plain keys are all claimNames and serviceNameOf read.
    const structural = { ...spec, kind: "StatefulSet", name: objectName } as unknown as StatefulSetSpec;
    const serviceName = serviceNameOf(structural);
    const templates: readonly VolumeClaimTemplate[] = spec.volumeClaimTemplates ?? [];
    const retention = {
      whenDeleted: spec.persistentVolumeClaimRetentionPolicy?.whenDeleted ?? "Retain",
      whenScaled: spec.persistentVolumeClaimRetentionPolicy?.whenScaled ?? "Retain",
    };
    const resize = args.resizeClaims !== false;
    const namespaceInput: pulumi.Input<string | undefined> = spec.namespace as pulumi.Input<
      string | undefined
    >;

    const identityIn = (namespace: string | undefined) => ({
      namespace: namespace ?? "",
      name: objectName,
      serviceName,
      templates: templates.map((t) => ({ name: t.name, storage: String(t.resources.requests.storage) })),
    });
    // 2. The identity guard: every child that carries the names depends on it, so a refused rename stops
    //    the deployment before anything is replaced.
    this.identityGuard = new StatefulSetIdentityGuard(
      `${name}-identity`,
      {
        identity: hasInputs(namespaceInput)
          ? pulumi.output(namespaceInput).apply(identityIn)
          : identityIn(namespaceInput as string | undefined),
        acknowledgeRename: args.acknowledgeRename === true,
      },
      { parent: this },
    );

    // 1. Retention is rendered by core; the acknowledgement travels as an annotation for the policy pack.
    const annotations: Record<string, string> = { [DELETION_PROPAGATION_POLICY]: propagation };
    if (spec.acknowledgePvcDeletion === true) annotations[ACKNOWLEDGE_PVC_DELETION] = "true";

    if (spec.headlessService !== false) {
      const service = childInputs<K8sService>(rendered, "Service");
      this.service = new k8s.core.v1.Service(
        name,
        {
          metadata: service.metadata as pulumi.Input<k8s.types.input.meta.v1.ObjectMeta>,
          spec: service.spec as pulumi.Input<k8s.types.input.core.v1.ServiceSpec>,
        },
        { parent: this, deleteBeforeReplace: true, dependsOn: [this.identityGuard] },
      );
    }

    // 2 + 3. Fixed name (from the spec), replacement on immutable changes, old object deleted first.
    const statefulSet = childInputs<K8sStatefulSet>(rendered, "StatefulSet", annotations);
    this.statefulSet = new k8s.apps.v1.StatefulSet(
      name,
      {
        metadata: statefulSet.metadata as pulumi.Input<k8s.types.input.meta.v1.ObjectMeta>,
        spec: statefulSet.spec as pulumi.Input<k8s.types.input.apps.v1.StatefulSetSpec>,
      },
      {
        parent: this,
        deleteBeforeReplace: true,
        replaceOnChanges: [...STATEFULSET_IMMUTABLE_FIELDS],
        dependsOn: [this.identityGuard],
        ...(customTimeouts ? { customTimeouts } : {}),
      },
    );

    // 4. Storage: one patch per claim of the current replicas, applied once the StatefulSet is ready (so the
    //    claims exist). retainOnDelete: dropping a patch (scale-down, rename, destroy) never touches the claim.
    this.claimPatches = [];
    if (resize) {
      for (const template of templates) {
        const storage = template.resources.requests.storage;
        for (const claim of claimNames({ ...structural, volumeClaimTemplates: [template] })) {
          this.claimPatches.push(
            new k8s.core.v1.PersistentVolumeClaimPatch(
              `${name}-claim-${claim}`,
              {
                metadata: { name: claim, namespace: namespaceInput, annotations: { [PATCH_FORCE]: "true" } },
                spec: { resources: { requests: { storage: String(storage) } } },
              },
              { parent: this, dependsOn: [this.statefulSet], retainOnDelete: true },
            ),
          );
        }
      }
    }

    this.name = this.statefulSet.metadata.name;
    this.namespace = this.statefulSet.metadata.namespace;
    this.serviceName = this.statefulSet.spec.serviceName;
    const domain = args.clusterDomain ?? "cluster.local";
    const ordinals = ordinalsOf(structural);
    this.podDnsNames = pulumi
      .all([this.name, this.serviceName, this.namespace])
      .apply(([sts, service, namespace]) =>
        ordinals.map((i) => `${sts}-${i}.${service}.${namespace}.svc.${domain}`),
      );
    const claims = claimNames(structural);
    this.pvcNames = pulumi.output(claims);

    // 6. Say what protection does, where Pulumi shows it (preview and up).
    pulumi.log.info(
      describeProtection(objectName, templates.length, claims, retention, propagation, resize),
      this,
    );
    if (retention.whenDeleted === "Delete" || retention.whenScaled === "Delete") {
      pulumi.log.warn(
        `podworks: StatefulSet "${objectName}" has a Delete retention policy (acknowledged): ` +
          (retention.whenDeleted === "Delete"
            ? "deleting or replacing it (a change to an immutable field) deletes its claims and their data. "
            : "") +
          (retention.whenScaled === "Delete"
            ? "Lowering replicas deletes the claims of the removed pods."
            : ""),
        this,
      );
    }
    if (args.acknowledgeRename === true) {
      pulumi.log.warn(
        `podworks: acknowledgeRename is set on StatefulSet "${objectName}": a rename will go through and leave the old claims unused. Remove it after this deployment.`,
        this,
      );
    }
    if (propagation === "orphan") {
      pulumi.log.warn(
        `podworks: deletionPropagationPolicy is orphan on StatefulSet "${objectName}": \`pulumi destroy\` will leave its pods running.`,
        this,
      );
    }

    this.registerOutputs({
      name: this.name,
      namespace: this.namespace,
      serviceName: this.serviceName,
      podDnsNames: this.podDnsNames,
      pvcNames: this.pvcNames,
    });
  }
}
