/**
 * `podworks:index:StatefulSet`: a podworks StatefulSet spec deployed with Pulumi, with its headless Service,
 * and with protection for the data in its PersistentVolumeClaims:
 *
 * 1. Retention: core always renders `persistentVolumeClaimRetentionPolicy` (Retain/Retain unless `Delete` is
 *    acknowledged); the acknowledgement is also written as an annotation the policy pack can see.
 * 2. Stable names: the StatefulSet and its Service take their names from the spec (no auto-naming suffix), and
 *    an identity guard (see identity-guard.ts) refuses renames unless `acknowledgeRename` is set.
 * 3. Replacement without downtime: a change to a field the Kubernetes provider replaces on (the list in
 *    replacement-fields.ts) replaces the StatefulSet object, deleting the old one first (the name is fixed) with
 *    `orphan` propagation by default, so its pods keep running and the new StatefulSet (same name, same selector)
 *    adopts them. `pulumi destroy` is a separate path: the StatefulSet is owned (ownerReferences) by a small
 *    lifecycle ConfigMap and marked `deletedWith` it, so destroying the component deletes the ConfigMap with
 *    `foreground` propagation by default and Kubernetes' garbage collector takes the StatefulSet and its pods with
 *    it. A selector change replaces the ConfigMap too (its data holds the selector), which deletes the pods
 *    first: the identity guard refuses it unless `acknowledgeSelectorChange` is set. The claims have no owner
 *    while retention is Retain, so they stay and the StatefulSet re-attaches them by name.
 * 4. Storage growth: one PersistentVolumeClaimPatch per claim sets the claim's storage request after the
 *    StatefulSet is ready; a patch is never deleted from the cluster (retainOnDelete). The template change
 *    replaces the StatefulSet object as in 3, so no pod restarts.
 * The component logs what protection does, so `pulumi preview` and `pulumi up` say it.
 */
import {
  claimNames,
  josa,
  type Service as K8sService,
  type StatefulSet as K8sStatefulSet,
  type KubernetesObject,
  type StatefulSetSpec,
  serviceNameOf,
  type VolumeClaimTemplate,
} from "@podworks/core";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import {
  ACKNOWLEDGE_PVC_DELETION,
  DELETION_PROPAGATION_POLICY,
  LIFECYCLE_OF,
  PATCH_FORCE,
  REVISION_GUARD,
  SERVICE_NAME_TEMPLATE_ANNOTATION,
} from "./annotations.js";
import {
  guardFactory,
  ownerGuardName,
  type StatefulSetIdentityGuard,
  type StatefulSetOwnerGuard,
} from "./identity-guard.js";
import { STATEFULSET_REPLACEMENT_FIELDS, STATEFULSET_REPLACEMENT_PATHS } from "./replacement-fields.js";
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
  warningLanguage,
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

/**
 * Fields whose change replaces the StatefulSet object (the Kubernetes provider's list, see
 * replacement-fields.ts); kept under this name for existing callers.
 */
export const STATEFULSET_IMMUTABLE_FIELDS = STATEFULSET_REPLACEMENT_PATHS;

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
   * Lets a change of the selector through the identity guard. The new StatefulSet cannot adopt pods its
   * selector does not match, so every pod is deleted before the new ones start (downtime); the claims are kept
   * and mounted again. Set it for the one deployment that makes the change, then remove it. @default false
   */
  readonly acknowledgeSelectorChange?: boolean;
  /**
   * Lets the addition of a volumeClaimTemplate through the identity guard. Running pods cannot get a new volume,
   * so every pod is deleted before the new ones start with it (downtime); the existing claims are kept and mounted
   * again. Set it for the one deployment that makes the change, then remove it. @default false
   */
  readonly acknowledgeTemplateAddition?: boolean;
  /**
   * How the old StatefulSet object is deleted when a change replaces it (a field of replacement-fields.ts):
   * - `orphan`: its pods keep running and the new StatefulSet, same name and selector, adopts them (no downtime;
   *   a changed pod template then rolls out as a normal rolling update);
   * - `foreground`: the pods are deleted first; the new StatefulSet starts from no pods;
   * - `background`: the object goes at once and the garbage collector deletes the pods.
   * Written as the `pulumi.com/deletionPropagationPolicy` annotation on the StatefulSet; the provider uses the
   * value deployed before the change. @default "orphan"
   */
  readonly replacePropagationPolicy?: DeletionPropagation;
  /**
   * How `pulumi destroy` (or removing the component from the program) deletes the StatefulSet and its pods,
   * through the lifecycle ConfigMap that owns it:
   * - `foreground`: the pods, then the StatefulSet, then the ConfigMap; Pulumi waits for all of it;
   * - `background`: the ConfigMap goes at once; the garbage collector deletes the StatefulSet and its pods;
   * - `orphan`: the StatefulSet and its pods are left running, no longer owned or managed by Pulumi.
   * The claims are kept in every case while the retention policy is Retain. @default "foreground"
   */
  readonly destroyPropagationPolicy?: DeletionPropagation;
  /**
   * @deprecated One value for both paths, as before podworks separated them: sets `replacePropagationPolicy`
   * and `destroyPropagationPolicy` where those are not given.
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

interface Protection {
  readonly name: string;
  readonly templates: number;
  readonly claims: readonly string[];
  readonly retention: { whenDeleted: string; whenScaled: string };
  readonly replace: DeletionPropagation;
  readonly destroy: DeletionPropagation;
  readonly resize: boolean;
  readonly rollingUpdate: boolean;
}

const REPLACE_PODS: Record<DeletionPropagation, { en: string; ko: string }> = {
  orphan: {
    en: "the old object is deleted with orphan propagation: its pods keep running and the new StatefulSet adopts them",
    ko: "기존 오브젝트를 orphan 전파로 삭제한다. 파드는 계속 실행되고 새 스테이트풀셋이 파드를 넘겨받는다",
  },
  foreground: {
    en: "the old object is deleted with foreground propagation: every pod is deleted first (downtime), then the new StatefulSet starts them again",
    ko: "기존 오브젝트를 foreground 전파로 삭제한다. 모든 파드를 먼저 삭제하고(중단 발생) 새 스테이트풀셋이 파드를 다시 시작한다",
  },
  background: {
    en: "the old object is deleted with background propagation: the garbage collector deletes the pods while the new StatefulSet starts (downtime)",
    ko: "기존 오브젝트를 background 전파로 삭제한다. 새 스테이트풀셋이 시작하는 동안 가비지 컬렉터가 파드를 삭제한다(중단 발생)",
  },
};

const DESTROY_PODS: Record<DeletionPropagation, { en: string; ko: string }> = {
  foreground: {
    en: "`pulumi destroy` deletes the pods, then the StatefulSet (foreground), and waits for it",
    ko: "`pulumi destroy`는 파드를 삭제한 다음 스테이트풀셋을 삭제하고(foreground) 끝날 때까지 기다린다",
  },
  background: {
    en: "`pulumi destroy` deletes the StatefulSet and the garbage collector deletes its pods (background)",
    ko: "`pulumi destroy`는 스테이트풀셋을 삭제하고 가비지 컬렉터가 파드를 삭제한다(background)",
  },
  orphan: {
    en: "`pulumi destroy` leaves the StatefulSet and its pods running (orphan)",
    ko: "`pulumi destroy`는 스테이트풀셋과 파드를 실행 중인 채로 남긴다(orphan)",
  },
};

/** What protection does, in the language of the preview (see `warningLanguage`). */
export function describeProtection(p: Protection, lang: "en" | "ko" = "en"): string {
  const ko = lang === "ko";
  if (p.templates === 0 && ko) {
    return `podworks: 스테이트풀셋 "${p.name}"에는 volumeClaimTemplates가 없어 보호할 클레임이 없다.`;
  }
  if (p.templates === 0) {
    return `podworks: StatefulSet "${p.name}" has no volumeClaimTemplates, so it has no claims to protect.`;
  }
  const kept = p.retention.whenDeleted === "Retain" && p.retention.whenScaled === "Retain";
  const claims = p.claims.join(", ") || (ko ? "(레플리카 0개: 없음)" : "(none for 0 replicas)");
  const fields = STATEFULSET_REPLACEMENT_FIELDS.map((f) => {
    const field = f.field.replace("spec.", "");
    if (p.replace !== "orphan" && f.pods !== "all") return `    - ${field}`;
    const onDelete =
      f.pods === "rolling" && !p.rollingUpdate
        ? ko
          ? " (updateStrategy가 OnDelete이므로 파드를 직접 삭제해야 새 값이 적용된다)"
          : " (updateStrategy is OnDelete: the pods get the new value only when you delete them)"
        : "";
    return `    - ${field}: ${ko ? f.ko : f.en}${onDelete}`;
  });
  if (ko) {
    return [
      `podworks PVC 보호(스테이트풀셋 "${p.name}"): 클레임 ${claims}.`,
      `  보존 정책: whenDeleted=${p.retention.whenDeleted}, whenScaled=${p.retention.whenScaled}` +
        (kept
          ? ". 스테이트풀셋을 삭제하거나 새로 만들거나 축소해도 클레임과 데이터는 남는다."
          : ". Delete를 확인했으므로 쿠버네티스가 정책대로 해당 클레임과 데이터를 삭제한다."),
      `  아래 필드를 바꾸면 스테이트풀셋 오브젝트를 새로 만든다. ${REPLACE_PODS[p.replace].ko}. 클레임은 그대로 남고 새 스테이트풀셋이 이름으로 다시 연결한다.`,
      ...fields,
      `  ${DESTROY_PODS[p.destroy].ko}.`,
      p.resize
        ? "  volumeClaimTemplate의 저장 공간 요청을 늘리면 이 클레임들에 그대로 적용한다(스토리지클래스가 확장을 허용해야 한다)."
        : "  resizeClaims가 false이므로 늘린 저장 공간 요청은 변경 뒤에 만들어지는 클레임에만 적용된다.",
    ].join("\n");
  }
  return [
    `podworks PVC protection for StatefulSet "${p.name}": claims ${claims}.`,
    `  retention: whenDeleted=${p.retention.whenDeleted}, whenScaled=${p.retention.whenScaled}` +
      (kept
        ? "; the claims and their data are kept when the StatefulSet is deleted, replaced or scaled down."
        : "; Delete was acknowledged: Kubernetes deletes those claims and their data as that policy says."),
    `  a change to one of these fields replaces the StatefulSet object; ${REPLACE_PODS[p.replace].en}; the claims stay and are re-attached by name:`,
    ...fields,
    `  ${DESTROY_PODS[p.destroy].en}.`,
    p.resize
      ? "  a larger storage request in a volumeClaimTemplate is applied to these claims in place (the StorageClass must allow expansion)."
      : "  resizeClaims is false: a larger storage request only reaches claims created after the change.",
  ].join("\n");
}

/**
 * The Kubernetes name when the spec has none: the component's name, or, when the component was renamed with an
 * alias, the name the alias gives (so renaming with an alias changes nothing in the cluster).
 */
export function defaultObjectName(
  component: pulumi.Resource,
  name: string,
  aliases: pulumi.ComponentResourceOptions["aliases"],
): string {
  const named = new Set(aliasNames(component, aliases));
  named.delete(name);
  if (named.size === 0) return name;
  if (named.size > 1) {
    throw argumentError(
      component,
      `the aliases name several earlier names (${[...named].join(", ")}): set \`spec.name\` to the Kubernetes name the StatefulSet has.`,
      `별칭이 이전 이름 여러 개(${[...named].join(", ")})를 가리킨다. 스테이트풀셋의 현재 쿠버네티스 이름을 \`spec.name\`에 지정한다.`,
    );
  }
  return [...named][0]!;
}

/** The names a component's aliases give: `{ name }` aliases, and the last segment of alias URNs. */
function aliasNames(
  component: pulumi.Resource,
  aliases: pulumi.ComponentResourceOptions["aliases"],
): string[] {
  const named = new Set<string>();
  for (const alias of aliases ?? []) {
    if (typeof alias === "string") {
      const last = alias.split("::").pop();
      if (last) named.add(last);
    } else if (alias && typeof alias === "object" && !pulumi.Output.isInstance(alias)) {
      const aliasName = (alias as pulumi.Alias).name;
      if (typeof aliasName === "string") named.add(aliasName);
      else if (aliasName !== undefined) {
        throw argumentError(
          component,
          "an alias of a podworks StatefulSet without `spec.name` must give its `name` as a plain string: it is the Kubernetes name.",
          "`spec.name`이 없는 podworks 스테이트풀셋의 별칭(alias)에는 `name`을 일반 문자열로 써야 한다. 이 값이 쿠버네티스 이름이 된다.",
        );
      }
    }
  }
  return [...named];
}

/** The rendered StatefulSet spec with `annotations` added to its pod template. */
function withTemplateAnnotations<T extends { template?: { metadata?: { annotations?: object } } }>(
  spec: T,
  annotations: Record<string, string>,
): T {
  const template = spec.template ?? {};
  const metadata = template.metadata ?? {};
  return {
    ...spec,
    template: {
      ...template,
      metadata: { ...metadata, annotations: { ...metadata.annotations, ...annotations } },
    },
  };
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
  /**
   * The owner guard, at the stack's root: it refuses a rename of the component without an alias (see
   * identity-guard.ts), which the identity guard cannot see.
   */
  readonly ownerGuard: StatefulSetOwnerGuard;
  /** One patch per claim of the current replicas (empty with `resizeClaims: false`). */
  readonly claimPatches: k8s.core.v1.PersistentVolumeClaimPatch[];

  /**
   * The lifecycle ConfigMap `<name>-podworks-lifecycle`: it owns the StatefulSet, so destroying it deletes the
   * StatefulSet and its pods as `destroyPropagationPolicy` says, and its data holds the selector, so a selector
   * change replaces it and with it the pods.
   */
  readonly lifecycle: k8s.core.v1.ConfigMap;

  /**
   * Validates and renders `args.spec` with @podworks/core (a plain spec that is invalid throws here, with every
   * problem in English and Korean), then creates the child resources. `name` is the component's name and, unless the
   * spec sets `name`, the StatefulSet's.
   */
  constructor(name: string, args: StatefulSetArgs, opts?: pulumi.ComponentResourceOptions) {
    super(STATEFULSET_TYPE, name, {}, opts);
    requireSpec(this, "StatefulSet", args);
    requirePlain(this, args.spec, ["name", ...STATEFULSET_PLAIN_KEYS]);
    const replace = propagationOf(this, args, "replacePropagationPolicy", "orphan");
    const destroy = propagationOf(this, args, "destroyPropagationPolicy", "foreground");
    const customTimeouts = timeoutsOf(this, args.timeoutSeconds);

    const spec = args.spec;
    const objectName = spec.name ?? defaultObjectName(this, name, opts?.aliases);
    // Validation (core's rules only) and rendering; plain specs throw here, during construction.
    const rendered = renderSpec({
      kind: "StatefulSet",
      type: STATEFULSET_TYPE,
      name,
      args: { ...args, spec: { ...args.spec, name: objectName } },
      check: keepProtection,
    });
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

    // 1. Retention is rendered by core; the acknowledgement travels as an annotation for the policy pack.
    //    The replacement's propagation is an annotation on the StatefulSet (the provider reads it from the state
    //    of the object it deletes); the serviceName goes on the pod template, so that a new serviceName rolls
    //    the pods (adoption alone would leave their subdomain as it was).
    const annotations: Record<string, string> = { [DELETION_PROPAGATION_POLICY]: replace };
    if (spec.acknowledgePvcDeletion === true) annotations[ACKNOWLEDGE_PVC_DELETION] = "true";
    const statefulSet = childInputs<K8sStatefulSet>(rendered, "StatefulSet", annotations);
    const stsSpec = pulumi
      .output(statefulSet.spec)
      .apply((s) => withTemplateAnnotations(s, { [SERVICE_NAME_TEMPLATE_ANNOTATION]: serviceName }));
    const selector = pulumi.output(statefulSet.spec).apply((s) => JSON.stringify(s.selector ?? null));
    const plainSelector =
      rendered.spec !== undefined
        ? JSON.stringify((statefulSet.spec as NonNullable<K8sStatefulSet["spec"]>).selector ?? null)
        : undefined;

    const identityIn = (namespace: string | undefined, selectorJson: string) => ({
      namespace: namespace ?? "",
      name: objectName,
      serviceName,
      templates: templates.map((t) => ({ name: t.name, storage: String(t.resources.requests.storage) })),
      selector: selectorJson,
    });
    // 2. The identity guard: every child that carries the names depends on it, so a refused rename (or an
    //    unacknowledged selector change) stops the deployment before anything is replaced.
    // The guards come from the factory: dynamic resources for TypeScript programs, the provider's own custom
    // resources inside the podworks component provider (see identity-guard.ts).
    const makeGuards = guardFactory();
    this.identityGuard = makeGuards.identity(
      `${name}-identity`,
      {
        identity:
          hasInputs(namespaceInput) || plainSelector === undefined
            ? pulumi.all([namespaceInput, selector]).apply(([ns, sel]) => identityIn(ns, sel))
            : identityIn(namespaceInput as string | undefined, plainSelector),
        acknowledgeRename: args.acknowledgeRename === true,
        acknowledgeSelectorChange: args.acknowledgeSelectorChange === true,
        acknowledgeTemplateAddition: args.acknowledgeTemplateAddition === true,
        replacementFields: pulumi
          .output(statefulSet.spec)
          .apply((s) =>
            JSON.stringify(
              STATEFULSET_REPLACEMENT_PATHS.map(
                (path) => (s as Record<string, unknown>)[path.replace("spec.", "")] ?? null,
              ),
            ),
          ),
      },
      { parent: this },
    );

    this.ownerGuard = makeGuards.owner(
      ownerGuardName(
        hasInputs(namespaceInput) ? "" : ((namespaceInput as string | undefined) ?? ""),
        spec.name,
        templates.map((t) => t.name),
      ),
      {
        owner: name,
        aliases: aliasNames(this, opts?.aliases),
        kubernetesName: objectName,
        fixedName: spec.name !== undefined,
        acknowledgeRename: args.acknowledgeRename === true,
      },
      // No parent: its URN must not follow the component's name.
      {},
    );
    const guards = [this.identityGuard, this.ownerGuard];

    if (spec.headlessService !== false) {
      const service = childInputs<K8sService>(rendered, "Service");
      this.service = new k8s.core.v1.Service(
        name,
        {
          metadata: service.metadata as pulumi.Input<k8s.types.input.meta.v1.ObjectMeta>,
          spec: service.spec as pulumi.Input<k8s.types.input.core.v1.ServiceSpec>,
        },
        { parent: this, deleteBeforeReplace: true, dependsOn: guards },
      );
    }

    // 3. The lifecycle ConfigMap: immutable, so any change of its data (the selector, the name) replaces it.
    const lifecycleName = `${objectName}-podworks-lifecycle`;
    this.lifecycle = new k8s.core.v1.ConfigMap(
      `${name}-lifecycle`,
      {
        metadata: {
          name: lifecycleName,
          namespace: namespaceInput,
          labels: pulumi.output(statefulSet.metadata).apply((m) => m.labels ?? {}),
          annotations: {
            [DELETION_PROPAGATION_POLICY]: destroy,
            [LIFECYCLE_OF]: `StatefulSet/${objectName}`,
          },
        },
        immutable: true,
        data: {
          statefulSet: objectName,
          selector: plainSelector ?? selector,
          // A new template name replaces this ConfigMap too, and so deletes the pods first (see the guard).
          volumeClaimTemplates: templates.map((t) => t.name).join(","),
          about:
            "Owns the StatefulSet of the same name for @podworks/pulumi: deleting this ConfigMap deletes the " +
            "StatefulSet and its pods (not the claims). Pulumi deletes it on `pulumi destroy`.",
        },
      },
      {
        parent: this,
        deleteBeforeReplace: true,
        replaceOnChanges: ["data", "immutable"],
        dependsOn: guards,
      },
    );
    const ownerReferences = [
      {
        apiVersion: "v1",
        kind: "ConfigMap",
        name: lifecycleName,
        uid: this.lifecycle.metadata.uid,
        blockOwnerDeletion: true,
      },
    ];

    // 2 + 3. Fixed name (from the spec), replacement on the provider's replacement fields, old object deleted
    //    first (with the replacement's propagation); on destroy, deleted with the lifecycle ConfigMap instead.
    this.statefulSet = new k8s.apps.v1.StatefulSet(
      name,
      {
        metadata: pulumi.all([statefulSet.metadata, this.identityGuard.id]).apply(([m, guardId]) => ({
          ...m,
          annotations: { ...m.annotations, [REVISION_GUARD]: guardId },
          ownerReferences,
        })) as pulumi.Input<k8s.types.input.meta.v1.ObjectMeta>,
        spec: stsSpec as pulumi.Input<k8s.types.input.apps.v1.StatefulSetSpec>,
      },
      {
        parent: this,
        deleteBeforeReplace: true,
        replaceOnChanges: [...STATEFULSET_REPLACEMENT_PATHS],
        dependsOn: [...guards, this.lifecycle],
        deletedWith: this.lifecycle,
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

    // 6. Say what protection does, where Pulumi shows it (preview and up), in the user's language.
    const lang = warningLanguage();
    const ko = lang === "ko";
    const strategy = (spec as { updateStrategy?: { type?: unknown } }).updateStrategy;
    pulumi.log.info(
      describeProtection(
        {
          name: objectName,
          templates: templates.length,
          claims,
          retention,
          replace,
          destroy,
          resize,
          rollingUpdate: hasInputs(strategy) || strategy?.type !== "OnDelete",
        },
        lang,
      ),
      this,
    );
    if (retention.whenDeleted === "Delete" || retention.whenScaled === "Delete") {
      pulumi.log.warn(
        ko
          ? `podworks: 스테이트풀셋 "${objectName}"의 보존 정책에 Delete가 있다(확인됨). ` +
              (retention.whenDeleted === "Delete"
                ? "스테이트풀셋을 삭제하면(`pulumi destroy`, 또는 replacePropagationPolicy가 orphan이 아닌 교체) 클레임과 데이터도 삭제된다. "
                : "") +
              (retention.whenScaled === "Delete" ? "replicas를 줄이면 제거된 파드의 클레임이 삭제된다." : "")
          : `podworks: StatefulSet "${objectName}" has a Delete retention policy (acknowledged): ` +
              (retention.whenDeleted === "Delete"
                ? "deleting it (`pulumi destroy`, or a replacement whose replacePropagationPolicy is not orphan) deletes its claims and their data. "
                : "") +
              (retention.whenScaled === "Delete"
                ? "Lowering replicas deletes the claims of the removed pods."
                : ""),
        this,
      );
    }
    if (args.acknowledgeRename === true) {
      pulumi.log.warn(
        ko
          ? `podworks: 스테이트풀셋 "${objectName}"에 acknowledgeRename이 지정되어 있다. 이름 변경이 그대로 진행되고 기존 클레임은 쓰이지 않은 채 남는다. 이번 배포 뒤에 지운다.`
          : `podworks: acknowledgeRename is set on StatefulSet "${objectName}": a rename will go through and leave the old claims unused. Remove it after this deployment.`,
        this,
      );
    }
    if (args.acknowledgeSelectorChange === true) {
      pulumi.log.warn(
        ko
          ? `podworks: 스테이트풀셋 "${objectName}"에 acknowledgeSelectorChange가 지정되어 있다. 셀렉터가 바뀌면 모든 파드를 먼저 삭제하고(중단 발생) 새 파드가 같은 클레임을 마운트한다. 이번 배포 뒤에 지운다.`
          : `podworks: acknowledgeSelectorChange is set on StatefulSet "${objectName}": if the selector changes, every pod is deleted first (downtime) and the new pods mount the same claims. Remove it after this deployment.`,
        this,
      );
    }
    if (args.acknowledgeTemplateAddition === true) {
      pulumi.log.warn(
        ko
          ? `podworks: 스테이트풀셋 "${objectName}"에 acknowledgeTemplateAddition이 지정되어 있다. 볼륨 클레임 템플릿을 추가하면 모든 파드를 먼저 삭제하고(중단 발생) 새 파드가 새 볼륨과 기존 클레임을 마운트한다. 이번 배포 뒤에 지운다.`
          : `podworks: acknowledgeTemplateAddition is set on StatefulSet "${objectName}": if a volumeClaimTemplate is added, every pod is deleted first (downtime) and the new pods mount the new volume and the existing claims. Remove it after this deployment.`,
        this,
      );
    }
    if (destroy === "orphan") {
      pulumi.log.warn(
        ko
          ? `podworks: 스테이트풀셋 "${objectName}"의 destroyPropagationPolicy가 orphan이다. \`pulumi destroy\`는 스테이트풀셋과 파드를 실행 중인 채로 남긴다.`
          : `podworks: destroyPropagationPolicy is orphan on StatefulSet "${objectName}": \`pulumi destroy\` will leave it and its pods running.`,
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

/** The propagation for one path: its own option, else the deprecated shared one, else the default. */
function propagationOf(
  component: pulumi.Resource,
  args: StatefulSetArgs,
  key: "replacePropagationPolicy" | "destroyPropagationPolicy",
  fallback: DeletionPropagation,
): DeletionPropagation {
  const option = args[key] !== undefined ? key : "deletionPropagationPolicy";
  const value = args[option] ?? fallback;
  if (PROPAGATIONS.includes(value)) return value;
  throw argumentError(
    component,
    `\`${option}\` must be one of ${PROPAGATIONS.join(", ")} (got ${String(value)}).`,
    `${josa(`\`${option}\``, "은/는")} ${PROPAGATIONS.join(", ")} 중 하나여야 한다(현재 값: ${String(value)}).`,
  );
}
