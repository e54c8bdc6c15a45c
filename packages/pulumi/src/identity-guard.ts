/**
 * The StatefulSet identity guard: a small Pulumi dynamic resource, one per podworks StatefulSet, whose state
 * is what the claims' identity depends on (namespace, StatefulSet name, serviceName, template names and
 * sizes). On every preview and update the engine asks its provider to diff the deployed identity with the new
 * one; the provider throws, failing the preview before the StatefulSet is touched, when
 * - the name, namespace or serviceName changes, or a volumeClaimTemplate disappears (removed or renamed),
 *   unless the component was given `acknowledgeRename: true`;
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
}

export interface IdentityGuardInputs {
  readonly identity: StatefulSetIdentity;
  readonly acknowledgeRename: boolean;
}

/**
 * What an update changed: the name, the namespace or the serviceName, a removed claim template, or a smaller storage
 * request.
 */
export type IdentityChangeKind = "name" | "namespace" | "serviceName" | "template-removed" | "storage-shrunk";

/** One change between the recorded identity and the new one, with its explanation in English and Korean. */
export interface IdentityChange {
  /** What changed. */
  readonly kind: IdentityChangeKind;
  /** Whether `acknowledgeRename: true` lets it through. */
  readonly acknowledgeable: boolean;
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
      en: `the namespace changes from ${from} to ${to}: claims belong to a namespace, so the StatefulSet would start over with empty claims${oldClaims ? ` and ${oldClaims} would be left behind` : ""}`,
      ko: `네임스페이스가 ${fromKo}에서 ${toKo}로 바뀐다. 클레임은 네임스페이스에 속하므로 스테이트풀셋이 빈 클레임으로 다시 시작하고${oldClaims ? ` ${oldClaims}은 그대로 남는다` : " 기존 데이터는 그대로 남는다"}`,
    });
  }
  if (known(before.serviceName) && known(after.serviceName) && before.serviceName !== after.serviceName) {
    changes.push({
      kind: "serviceName",
      acknowledgeable: true,
      en: `serviceName changes from "${before.serviceName}" to "${after.serviceName}": every pod's DNS name changes and the StatefulSet is replaced`,
      ko: `serviceName이 "${before.serviceName}"에서 "${after.serviceName}"로 바뀐다. 모든 파드의 DNS 이름이 바뀌고 스테이트풀셋을 새로 만든다`,
    });
  }
  for (const old of oldTemplates) {
    const kept = newTemplates.find((t) => t.name === old.name);
    if (!kept) {
      if (newTemplates.some((t) => !known(t.name))) continue;
      changes.push({
        kind: "template-removed",
        acknowledgeable: true,
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
        en: `volumeClaimTemplate "${old.name}" shrinks from ${old.storage} to ${kept.storage}: Kubernetes can grow a claim but never shrink it`,
        ko: `볼륨 클레임 템플릿 "${old.name}"의 크기가 ${old.storage}에서 ${kept.storage}로 줄어든다. 쿠버네티스는 클레임을 늘릴 수는 있지만 줄일 수는 없다`,
      });
    }
  }
  return changes;
}

/** The error text for the changes the guard refuses, or undefined when it lets them through. */
export function refusalMessage(
  name: string,
  changes: readonly IdentityChange[],
  acknowledged: boolean,
): string | undefined {
  const refused = changes.filter((change) => !change.acknowledgeable || !acknowledged);
  if (refused.length === 0) return undefined;
  const onlyAcknowledgeable = refused.every((change) => change.acknowledgeable);
  const fixEn = onlyAcknowledgeable
    ? "if this is intended, set `acknowledgeRename: true` on the component for this deployment and remove it afterwards; otherwise restore the previous value."
    : "keep the storage request at least as large as what is deployed (`acknowledgeRename` does not apply to shrinking).";
  const fixKo = onlyAcknowledgeable
    ? "의도한 변경이라면 이번 배포에만 컴포넌트에 `acknowledgeRename: true`를 지정하고 배포 뒤에 지운다. 의도하지 않았다면 이전 값으로 되돌린다."
    : "저장 공간 요청을 배포된 크기 이상으로 유지한다(줄이는 변경에는 `acknowledgeRename`이 적용되지 않는다).";
  return [
    `podworks refused to change StatefulSet "${name}", because its PersistentVolumeClaims depend on it:`,
    ...refused.map((change) => `  - ${change.en}`),
    `  fix: ${fixEn}`,
    `podworks가 스테이트풀셋 "${name}"의 변경을 거부했다. 퍼시스턴트볼륨클레임이 이 값에 의존한다.`,
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
  const message = refusalMessage(name, identityChanges(previous, next), news.acknowledgeRename === true);
  if (message) throw new Error(message);
}

/** The dynamic provider behind the guard. Exported so tests can call it directly. */
export const identityGuardProvider: pulumi.dynamic.ResourceProvider = {
  async check(_olds: Record<string, unknown>, news: Record<string, unknown>) {
    return { inputs: news };
  },
  async diff(_id: string, olds: Record<string, unknown>, news: Record<string, unknown>) {
    guard(olds, news);
    return { changes: !sameIdentity(olds.identity, news.identity) };
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

  /**
   * Creates the guard for a StatefulSet's identity. `acknowledgeRename: true` lets every acknowledgeable change
   * through; a smaller storage request is refused all the same.
   */
  constructor(
    name: string,
    args: { identity: pulumi.Input<pulumi.Unwrap<StatefulSetIdentity>>; acknowledgeRename: boolean },
    opts?: pulumi.CustomResourceOptions,
  ) {
    super(identityGuardProvider, name, { ...args }, opts, IDENTITY_GUARD_MODULE, IDENTITY_GUARD_TYPE);
  }
}
