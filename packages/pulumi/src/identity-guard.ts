/**
 * The StatefulSet identity guard: a small Pulumi dynamic resource, one per podworks StatefulSet, whose state
 * is what the claims' identity depends on (namespace, StatefulSet name, serviceName, template names and
 * sizes). On every preview and update the engine asks its provider to diff the deployed identity with the new
 * one; the provider throws, failing the preview before the StatefulSet is touched, when
 * - the name, namespace or serviceName changes, or a volumeClaimTemplate disappears (removed or renamed),
 *   unless the component was given `acknowledgeRename: true`;
 * - the selector changes, unless the component was given `acknowledgeSelectorChange: true` (the new StatefulSet
 *   cannot adopt the running pods, so every pod is deleted before the new ones start);
 * - a template's storage request shrinks (Kubernetes cannot shrink a claim; no acknowledgement helps).
 *
 * The provider is serialized into the Pulumi state and run by the engine's dynamic-provider host, so
 * everything it calls lives in this module and uses nothing but the language: no imports are captured.
 */
import * as pulumi from "@pulumi/pulumi";

/** What the identity guard remembers of a claim template: its name and storage request. */
export interface ClaimTemplateIdentity {
  /** The template's name. */
  readonly name: string;
  /** The storage request, as written (`"10Gi"`, `1073741824`). */
  readonly storage: string;
}

/** What decides the names of a StatefulSet's claims, as the identity guard records it between updates. */
export interface StatefulSetIdentity {
  /** The namespace from the spec; empty when the provider's (or kubeconfig's) namespace is used. */
  readonly namespace: string;
  /** The StatefulSet's name. */
  readonly name: string;
  /** The governing Service's name. */
  readonly serviceName: string;
  /** The claim templates, in the spec's order. */
  readonly templates: readonly ClaimTemplateIdentity[];
  /**
   * The rendered `spec.selector`, as JSON. Optional: guards deployed before podworks tracked it have none, and
   * a missing value is never reported as a change.
   */
  readonly selector?: string;
}

export interface IdentityGuardInputs {
  readonly identity: StatefulSetIdentity;
  /** The StatefulSet's replacement fields as rendered (JSON); a change replaces the guard (see its diff). */
  readonly replacementFields?: string;
  readonly acknowledgeRename: boolean;
  readonly acknowledgeSelectorChange?: boolean;
  readonly acknowledgeTemplateAddition?: boolean;
}

/**
 * What an update changed: the name, the namespace or the serviceName, a removed or added claim template, the
 * selector, or a smaller storage request.
 */
export type IdentityChangeKind =
  | "name"
  | "namespace"
  | "serviceName"
  | "template-removed"
  | "template-added"
  | "selector"
  | "storage-shrunk";

/** The component option that lets a change through. */
export type Acknowledgement =
  | "acknowledgeRename"
  | "acknowledgeSelectorChange"
  | "acknowledgeTemplateAddition";

/** One change between the recorded identity and the new one, with its explanation in English and Korean. */
export interface IdentityChange {
  /** What changed. */
  readonly kind: IdentityChangeKind;
  /** Whether an acknowledgement option lets it through. */
  readonly acknowledgeable: boolean;
  /** Which option; undefined when none does. */
  readonly acknowledgement: Acknowledgement | undefined;
  /** What changed and what it would do to the claims, in English. */
  readonly en: string;
  /** The same, in Korean. */
  readonly ko: string;
}

/** How the engine spells a value that is not known yet (during preview) inside a dynamic provider. */
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

const BINARY: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};
const DECIMAL: Record<string, number> = { "": 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/**
 * Bytes of a storage quantity in the forms claims use (`10Gi`, `500M`, `1e9`, `1073741824`), or undefined
 * when the text is unknown or in a form this guard does not compare (it then lets the change through).
 */
export function storageBytes(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string" || value === UNKNOWN) return undefined;
  const match = /^\s*(\d+(?:\.\d*)?|\.\d+)(?:(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)|[eE]([+-]?\d+))?\s*$/.exec(
    value,
  );
  if (!match) return undefined;
  const number = Number(match[1]);
  if (match[3] !== undefined) return number * 10 ** Number(match[3]);
  const suffix = match[2] ?? "";
  return number * (BINARY[suffix] ?? DECIMAL[suffix] ?? Number.NaN);
}

function known(value: unknown): value is string {
  return typeof value === "string" && value !== UNKNOWN;
}

function claimPattern(template: string, statefulSet: string): string {
  return `${template}-${statefulSet}-<ordinal>`;
}

/** What differs between the deployed identity and the new one, described for people. */
export function identityChanges(previous: unknown, next: unknown): IdentityChange[] {
  if (typeof previous !== "object" || previous === null || typeof next !== "object" || next === null)
    return [];
  const before = previous as Partial<StatefulSetIdentity>;
  const after = next as Partial<StatefulSetIdentity>;
  const changes: IdentityChange[] = [];
  const oldTemplates = Array.isArray(before.templates) ? before.templates : [];
  const newTemplates = Array.isArray(after.templates) ? after.templates : [];
  const oldClaims = oldTemplates.map((t) => claimPattern(t.name, String(before.name))).join(", ");

  if (known(before.name) && known(after.name) && before.name !== after.name) {
    const newClaims = newTemplates.map((t) => claimPattern(t.name, String(after.name))).join(", ");
    changes.push({
      kind: "name",
      acknowledgeable: true,
      acknowledgement: "acknowledgeRename",
      en:
        `the StatefulSet name changes from "${before.name}" to "${after.name}"` +
        (oldTemplates.length
          ? `: its pods would get new, empty claims (${newClaims}) and the data in ${oldClaims} would be left unused`
          : ": its pods and their DNS names change"),
      ko:
        `스테이트풀셋 이름이 "${before.name}"에서 "${after.name}"로 바뀐다` +
        (oldTemplates.length
          ? `. 파드는 비어 있는 새 클레임(${newClaims})을 받고 ${oldClaims}의 데이터는 쓰이지 않은 채 남는다`
          : ". 파드와 파드의 DNS 이름이 바뀐다"),
    });
  }
  if (
    typeof before.namespace === "string" &&
    known(after.namespace) &&
    before.namespace !== after.namespace
  ) {
    const from = before.namespace === "" ? "the provider's namespace" : `"${before.namespace}"`;
    const to = after.namespace === "" ? "the provider's namespace" : `"${after.namespace}"`;
    const fromKo = before.namespace === "" ? "프로바이더의 네임스페이스" : `"${before.namespace}"`;
    const toKo = after.namespace === "" ? "프로바이더의 네임스페이스" : `"${after.namespace}"`;
    changes.push({
      kind: "namespace",
      acknowledgeable: true,
      acknowledgement: "acknowledgeRename",
      en: `the namespace changes from ${from} to ${to}: claims belong to a namespace, so the StatefulSet would start over with empty claims${oldClaims ? ` and ${oldClaims} would be left behind` : ""}`,
      ko: `네임스페이스가 ${fromKo}에서 ${toKo}로 바뀐다. 클레임은 네임스페이스에 속하므로 스테이트풀셋이 빈 클레임으로 다시 시작하고${oldClaims ? ` ${oldClaims}은 그대로 남는다` : " 기존 데이터는 그대로 남는다"}`,
    });
  }
  if (known(before.serviceName) && known(after.serviceName) && before.serviceName !== after.serviceName) {
    changes.push({
      kind: "serviceName",
      acknowledgeable: true,
      acknowledgement: "acknowledgeRename",
      en: `serviceName changes from "${before.serviceName}" to "${after.serviceName}": every pod's DNS name changes and the StatefulSet is replaced`,
      ko: `serviceName이 "${before.serviceName}"에서 "${after.serviceName}"로 바뀐다. 모든 파드의 DNS 이름이 바뀌고 스테이트풀셋을 새로 만든다`,
    });
  }
  // A rename changes the default selector too; the rename (a new StatefulSet, new pods) already says more.
  const renamed = changes.some((change) => change.kind === "name" || change.kind === "namespace");
  if (!renamed && known(before.selector) && known(after.selector) && before.selector !== after.selector) {
    changes.push({
      kind: "selector",
      acknowledgeable: true,
      acknowledgement: "acknowledgeSelectorChange",
      en:
        `the selector changes from ${before.selector} to ${after.selector}: the new StatefulSet cannot adopt pods it does not select, ` +
        "so every pod is deleted before the new pods start (downtime until they are ready); the claims are kept and the new pods mount them by name",
      ko:
        `셀렉터가 바뀐다(이전 값: ${before.selector}, 새 값: ${after.selector}). 새 스테이트풀셋은 선택하지 않는 파드를 넘겨받을 수 없으므로 ` +
        "새 파드가 시작하기 전에 모든 파드를 삭제한다(새 파드가 준비될 때까지 중단된다). 클레임은 남고 새 파드가 이름으로 마운트한다",
    });
  }
  // Pods adopted by the new StatefulSet have no volume for a new template, and the controller cannot add one to a
  // running pod (it retries a Forbidden pod update and never gets to its rolling update): the pods are deleted first.
  const added = renamed
    ? []
    : newTemplates.filter((t) => known(t.name) && !oldTemplates.some((o) => o.name === t.name));
  if (added.length > 0) {
    const names = added.map((t) => `"${t.name}"`).join(", ");
    changes.push({
      kind: "template-added",
      acknowledgeable: true,
      acknowledgement: "acknowledgeTemplateAddition",
      en:
        `volumeClaimTemplate ${names} is added: running pods cannot get a new volume, so every pod is deleted before the new pods start ` +
        "with it (downtime until they are ready); the existing claims are kept and mounted again",
      ko:
        `볼륨 클레임 템플릿 ${names} 항목이 추가된다. 실행 중인 파드에는 새 볼륨을 붙일 수 없으므로 새 볼륨을 가진 파드가 시작하기 전에 ` +
        "모든 파드를 삭제한다(새 파드가 준비될 때까지 중단된다). 기존 클레임은 남고 다시 마운트된다",
    });
  }
  for (const old of oldTemplates) {
    const kept = newTemplates.find((t) => t.name === old.name);
    if (!kept) {
      if (newTemplates.some((t) => !known(t.name))) continue;
      changes.push({
        kind: "template-removed",
        acknowledgeable: true,
        acknowledgement: "acknowledgeRename",
        en: `volumeClaimTemplate "${old.name}" is gone (removed or renamed): the claims ${claimPattern(old.name, String(before.name))} would stay in the cluster but no pod would mount them`,
        ko: `볼륨 클레임 템플릿 "${old.name}"이 없어진다(삭제 또는 이름 변경). 클레임 ${claimPattern(old.name, String(before.name))}은 클러스터에 남지만 어떤 파드도 마운트하지 않는다`,
      });
      continue;
    }
    const from = storageBytes(old.storage);
    const to = storageBytes(kept.storage);
    if (from !== undefined && to !== undefined && to < from) {
      changes.push({
        kind: "storage-shrunk",
        acknowledgeable: false,
        acknowledgement: undefined,
        en: `volumeClaimTemplate "${old.name}" shrinks from ${old.storage} to ${kept.storage}: Kubernetes can grow a claim but never shrink it`,
        ko: `볼륨 클레임 템플릿 "${old.name}"의 크기가 ${old.storage}에서 ${kept.storage}로 줄어든다. 쿠버네티스는 클레임을 늘릴 수는 있지만 줄일 수는 없다`,
      });
    }
  }
  return changes;
}

/** Which acknowledgement options the component was given; a boolean is `acknowledgeRename` alone. */
export type Acknowledged = boolean | { readonly [K in Acknowledgement]?: boolean };

function isAcknowledged(change: IdentityChange, acknowledged: Acknowledged): boolean {
  if (change.acknowledgement === undefined) return false;
  if (typeof acknowledged === "boolean")
    return acknowledged && change.acknowledgement === "acknowledgeRename";
  return acknowledged[change.acknowledgement] === true;
}

/** The error text for the changes the guard refuses, or undefined when it lets them through. */
export function refusalMessage(
  name: string,
  changes: readonly IdentityChange[],
  acknowledged: Acknowledged,
): string | undefined {
  const refused = changes.filter((change) => !isAcknowledged(change, acknowledged));
  if (refused.length === 0) return undefined;
  const options = [...new Set(refused.map((change) => change.acknowledgement))];
  const onlyAcknowledgeable = !options.includes(undefined);
  const flags = options
    .filter((o): o is Acknowledgement => o !== undefined)
    .map((o) => `\`${o}: true\``)
    .join(" and ");
  const fixEn = onlyAcknowledgeable
    ? `if this is intended, set ${flags} on the component for this deployment and remove it afterwards; otherwise restore the previous value.`
    : "keep the storage request at least as large as what is deployed (`acknowledgeRename` does not apply to shrinking).";
  const fixKo = onlyAcknowledgeable
    ? `의도한 변경이라면 이번 배포에만 컴포넌트에 ${flags.replaceAll(" and ", ", ")} 옵션을 지정하고 배포 뒤에 지운다. 의도하지 않았다면 이전 값으로 되돌린다.`
    : "저장 공간 요청을 배포된 크기 이상으로 유지한다(줄이는 변경에는 `acknowledgeRename`이 적용되지 않는다).";
  return [
    `podworks refused to change StatefulSet "${name}", because its pods or PersistentVolumeClaims depend on it:`,
    ...refused.map((change) => `  - ${change.en}`),
    `  fix: ${fixEn}`,
    `podworks가 스테이트풀셋 "${name}"의 변경을 거부했다. 파드나 퍼시스턴트볼륨클레임이 이 값에 의존한다.`,
    ...refused.map((change) => `  - ${change.ko}`),
    `  해결: ${fixKo}`,
  ].join("\n");
}

function sameIdentity(previous: unknown, next: unknown): boolean {
  return JSON.stringify(previous) === JSON.stringify(next) && !JSON.stringify(next ?? null).includes(UNKNOWN);
}

function guard(olds: Record<string, unknown>, news: Record<string, unknown>): void {
  const next = news.identity as Partial<StatefulSetIdentity> | undefined;
  const previous = olds.identity as Partial<StatefulSetIdentity> | undefined;
  const name = known(next?.name) ? next.name : String(previous?.name ?? "");
  const message = refusalMessage(name, identityChanges(previous, next), {
    acknowledgeRename: news.acknowledgeRename === true,
    acknowledgeSelectorChange: news.acknowledgeSelectorChange === true,
    acknowledgeTemplateAddition: news.acknowledgeTemplateAddition === true,
  });
  if (message) throw new Error(message);
}

/** The dynamic provider behind the guard. Exported so tests can call it directly. */
export const identityGuardProvider: pulumi.dynamic.ResourceProvider = {
  async check(_olds: Record<string, unknown>, news: Record<string, unknown>) {
    return { inputs: news };
  },
  async diff(_id: string, olds: Record<string, unknown>, news: Record<string, unknown>) {
    guard(olds, news);
    // A change of the StatefulSet's replacement fields replaces the guard too: its id is then unknown during
    // preview, and so is the StatefulSet annotation made from it, which makes the Kubernetes provider skip its
    // dry-run create of the replacement (a dry-run apply onto the live object, which the API server refuses
    // as Forbidden for these very fields).
    const replaced =
      typeof olds.replacementFields === "string" &&
      (news.replacementFields !== olds.replacementFields || news.replacementFields === UNKNOWN);
    return {
      changes: replaced || !sameIdentity(olds.identity, news.identity),
      ...(replaced ? { replaces: ["replacementFields"], deleteBeforeReplace: false } : {}),
    };
  },
  async create(inputs: Record<string, unknown>) {
    const identity = inputs.identity as Partial<StatefulSetIdentity> | undefined;
    return { id: `${identity?.namespace || "-"}/${identity?.name ?? "statefulset"}`, outs: inputs };
  },
  async update(_id: string, olds: Record<string, unknown>, news: Record<string, unknown>) {
    guard(olds, news);
    return { outs: news };
  },
  async delete() {
    // Nothing lives outside the Pulumi state.
  },
};

/** Type token of the guard resource: `pulumi-nodejs:dynamic/podworks:StatefulSetIdentity`. */
export const IDENTITY_GUARD_MODULE = "podworks";
export const IDENTITY_GUARD_TYPE = "StatefulSetIdentity";

/** The guard resource: `new pulumi.dynamic.Resource` with the provider above and the identity as inputs. */
export class StatefulSetIdentityGuard extends pulumi.dynamic.Resource {
  /** The identity recorded by the last successful update. */
  declare readonly identity: pulumi.Output<StatefulSetIdentity>;
  /** The `acknowledgeRename` input of the last successful update. */
  declare readonly acknowledgeRename: pulumi.Output<boolean>;
  /** The `acknowledgeSelectorChange` input of the last successful update. */
  declare readonly acknowledgeSelectorChange: pulumi.Output<boolean>;

  /**
   * Creates the guard for a StatefulSet's identity. `acknowledgeRename: true` lets every acknowledgeable change
   * through; a smaller storage request is refused all the same.
   */
  constructor(
    name: string,
    args: {
      identity: pulumi.Input<pulumi.Unwrap<StatefulSetIdentity>>;
      acknowledgeRename: boolean;
      acknowledgeSelectorChange: boolean;
      acknowledgeTemplateAddition: boolean;
      replacementFields?: pulumi.Input<string>;
    },
    opts?: pulumi.CustomResourceOptions,
  ) {
    super(identityGuardProvider, name, { ...args }, opts, IDENTITY_GUARD_MODULE, IDENTITY_GUARD_TYPE);
  }
}

/**
 * The owner guard: a second dynamic resource per podworks StatefulSet, registered at the stack's root (not under
 * the component), whose Pulumi name does not follow the component's name. Renaming the component without an alias
 * gives every child a new URN, so the identity guard above has no deployed state to compare; this one keeps its URN
 * and sees the component's name change:
 * - with `spec.name`, it is named after the Kubernetes object (`<namespace>/<name>`): a component that takes over an
 *   object another component of the stack deployed is a rename;
 * - without it (the Kubernetes name follows the component's), after the namespace, the template names and the
 *   component's position among the StatefulSets with that namespace and templates: what a rename leaves alone.
 * It refuses a new owner unless the component's aliases name the old one, or `acknowledgeRename` is set.
 */
export interface OwnerGuardInputs {
  /** The component's Pulumi name. */
  readonly owner: string;
  /** The names the component's aliases give. */
  readonly aliases: readonly string[];
  /** The Kubernetes name of the StatefulSet. */
  readonly kubernetesName: string;
  /** Whether the Kubernetes name comes from `spec.name`. */
  readonly fixedName: boolean;
  /** The component's `acknowledgeRename`: lets a new owner through without an alias. */
  readonly acknowledgeRename: boolean;
}

/** Why the owner guard refuses, or undefined when it lets the change through. */
export function ownerRefusal(
  olds: Partial<OwnerGuardInputs>,
  news: Partial<OwnerGuardInputs>,
): string | undefined {
  if (typeof olds.owner !== "string" || typeof news.owner !== "string" || olds.owner === news.owner)
    return undefined;
  if (news.acknowledgeRename === true) return undefined;
  if (Array.isArray(news.aliases) && news.aliases.includes(olds.owner)) return undefined;
  const before = String(olds.kubernetesName);
  const after = String(news.kubernetesName);
  const sameObject = before === after;
  const en = sameObject
    ? `component "${news.owner}" would take over StatefulSet "${after}", which component "${olds.owner}" deployed: without an alias Pulumi creates "${news.owner}"'s objects over the live ones and then deletes "${olds.owner}"'s, Service included`
    : `component "${olds.owner}" (StatefulSet "${before}") seems renamed to "${news.owner}" (StatefulSet "${after}") without an alias: its pods would start on new, empty claims and the data in the claims of "${before}" would be left unused`;
  const ko = sameObject
    ? `스테이트풀셋 "${after}"(이전 컴포넌트: "${olds.owner}")의 관리가 새 컴포넌트 "${news.owner}"에 넘어간다. 별칭이 없으면 Pulumi는 실행 중인 오브젝트 위에 새 컴포넌트의 오브젝트를 만든 뒤 이전 컴포넌트의 오브젝트(서비스 포함)를 삭제한다`
    : `별칭 없이 컴포넌트 이름이 바뀐 것으로 보인다(이전: "${olds.owner}", 스테이트풀셋 "${before}" / 새 이름: "${news.owner}", 스테이트풀셋 "${after}"). 파드는 비어 있는 새 클레임으로 시작하고 스테이트풀셋 "${before}" 클레임의 데이터는 쓰이지 않은 채 남는다`;
  const fixEn =
    `if the component was renamed, add the resource option \`aliases: [{ name: "${olds.owner}" }]\` (nothing in the cluster changes); ` +
    `if "${olds.owner}" was removed and "${news.owner}" is a different StatefulSet, set \`acknowledgeRename: true\` on "${news.owner}" for this deployment` +
    (sameObject ? "." : ", or give it `spec.name`.");
  const fixKo =
    `컴포넌트 이름을 바꾼 것이라면 리소스 옵션에 \`aliases: [{ name: "${olds.owner}" }]\` 별칭을 추가한다(클러스터에서는 아무것도 바뀌지 않는다). ` +
    `이전 컴포넌트를 지우고 다른 스테이트풀셋을 추가한 것이라면 이번 배포에만 새 컴포넌트에 \`acknowledgeRename: true\`를 지정한다` +
    (sameObject ? "." : ". 또는 `spec.name`을 지정한다.");
  return [
    `podworks refused to change StatefulSet "${after}", because its pods or PersistentVolumeClaims depend on it:`,
    `  - ${en}`,
    `  fix: ${fixEn}`,
    `podworks가 스테이트풀셋 "${after}"의 변경을 거부했다. 파드나 퍼시스턴트볼륨클레임이 이 값에 의존한다.`,
    `  - ${ko}`,
    `  해결: ${fixKo}`,
  ].join("\n");
}

function ownerGuard(olds: Record<string, unknown>, news: Record<string, unknown>): void {
  const message = ownerRefusal(olds as Partial<OwnerGuardInputs>, news as Partial<OwnerGuardInputs>);
  if (message) throw new Error(message);
}

/** The dynamic provider behind the owner guard. Exported so tests can call it directly. */
export const ownerGuardProvider: pulumi.dynamic.ResourceProvider = {
  async check(_olds: Record<string, unknown>, news: Record<string, unknown>) {
    return { inputs: news };
  },
  async diff(_id: string, olds: Record<string, unknown>, news: Record<string, unknown>) {
    ownerGuard(olds, news);
    return {
      changes: olds.owner !== news.owner || olds.kubernetesName !== news.kubernetesName,
    };
  },
  async create(inputs: Record<string, unknown>) {
    return { id: String(inputs.kubernetesName ?? "statefulset"), outs: inputs };
  },
  async update(_id: string, olds: Record<string, unknown>, news: Record<string, unknown>) {
    ownerGuard(olds, news);
    return { outs: news };
  },
  async delete() {
    // Nothing lives outside the Pulumi state.
  },
};

export const OWNER_GUARD_TYPE = "StatefulSetOwner";

/** The owner guard resource (`pulumi-nodejs:dynamic/podworks:StatefulSetOwner`), registered without a parent. */
export class StatefulSetOwnerGuard extends pulumi.dynamic.Resource {
  /** The component's Pulumi name recorded by the last successful update. */
  declare readonly owner: pulumi.Output<string>;

  /**
   * Creates the owner guard. `name` comes from `ownerGuardName` (not from the component's name, which a rename
   * changes); register it without a parent.
   */
  constructor(name: string, args: OwnerGuardInputs, opts?: pulumi.CustomResourceOptions) {
    super(ownerGuardProvider, name, { ...args }, opts, IDENTITY_GUARD_MODULE, OWNER_GUARD_TYPE);
  }
}

/** Positions handed out in this program run, per namespace and template names (see the owner guard). */
const ownerSlots = new Map<string, number>();

/**
 * The owner guard's Pulumi name. With a fixed Kubernetes name: `podworks-statefulset:<namespace>/<name>`; without:
 * `podworks-statefulset:<namespace>/*[<templates>]#<n>`, `n` counting the components with that namespace and those
 * templates in the order the program creates them.
 */
export function ownerGuardName(
  namespace: string,
  kubernetesName: string | undefined,
  templates: readonly string[],
): string {
  if (kubernetesName !== undefined) return `podworks-statefulset:${namespace || "-"}/${kubernetesName}`;
  const key = `${namespace || "-"}/*[${[...templates].sort().join(",")}]`;
  const slot = ownerSlots.get(key) ?? 0;
  ownerSlots.set(key, slot + 1);
  return `podworks-statefulset:${key}#${slot}`;
}

/** Forgets the positions handed out (a new program run; the unit tests run several in one process). */
export function resetOwnerSlots(): void {
  ownerSlots.clear();
}

/** The identity guard's inputs, as the StatefulSet component passes them. */
export interface IdentityGuardArgs {
  readonly identity: pulumi.Input<pulumi.Unwrap<StatefulSetIdentity>>;
  readonly acknowledgeRename: boolean;
  readonly acknowledgeSelectorChange: boolean;
  readonly acknowledgeTemplateAddition: boolean;
  readonly replacementFields?: pulumi.Input<string>;
}

/**
 * How the StatefulSet component makes its two guards. TypeScript programs get the dynamic resources above (run by
 * the engine's `pulumi-nodejs` dynamic provider host); the podworks component provider swaps in custom resources it
 * serves itself (`provider/guards.ts`), since a Python, Go or YAML program has no `@pulumi/pulumi` for that host to
 * load. Both keep the same check, diff and state; only the resource type differs.
 */
export interface GuardFactory {
  /** The identity guard of a StatefulSet, registered under the component. */
  readonly identity: (
    name: string,
    args: IdentityGuardArgs,
    opts: pulumi.CustomResourceOptions,
  ) => StatefulSetIdentityGuard;
  /** The owner guard, registered without a parent. */
  readonly owner: (
    name: string,
    args: OwnerGuardInputs,
    opts: pulumi.CustomResourceOptions,
  ) => StatefulSetOwnerGuard;
}

/** The dynamic-resource guards TypeScript programs use. */
export const DYNAMIC_GUARDS: GuardFactory = {
  identity: (name, args, opts) => new StatefulSetIdentityGuard(name, { ...args }, opts),
  owner: (name, args, opts) => new StatefulSetOwnerGuard(name, args, opts),
};

let currentGuards: GuardFactory = DYNAMIC_GUARDS;

/** The guard factory components use now. */
export function guardFactory(): GuardFactory {
  return currentGuards;
}

/**
 * Makes every StatefulSet component created from now on use `factory` for its guards (internal: the provider's
 * `main()` calls it once; tests restore `DYNAMIC_GUARDS`).
 */
export function useGuards(factory: GuardFactory): void {
  currentGuards = factory;
}
