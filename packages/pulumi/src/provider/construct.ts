/**
 * `construct` for the four components: the inputs a program in any language sends become the TypeScript component's
 * args (the same class TypeScript programs use, public API unchanged), and its outputs go back as the component's
 * state.
 *
 * Validation happens here first, before the component registers anything: a spec whose values are all known (at
 * preview too) is checked with core's rules, and its problems go back as one `InputPropertiesError`, one property
 * path per problem (`spec.containers[0].image`), in English, or Korean with `PODWORKS_LANG=ko`. The engine prints
 * every path with its reason and creates nothing.
 *
 * Values a program takes from other resources arrive as Outputs (nested, or the whole `spec` when the engine sends
 * its dependencies alongside); the keys that decide which child resources exist must be known at preview, as in
 * TypeScript, and every other value stays an Output, so secrets and dependencies reach the child resources.
 */
import {
  type KubernetesVersion,
  type ValidationIssue,
  validateCronJob,
  validateDaemonSet,
  validateJob,
  validateStatefulSet,
  type WorkloadKind,
} from "@podworks/core";
import * as pulumi from "@pulumi/pulumi";
import type * as provider from "@pulumi/pulumi/provider/index.js";
import { CronJob } from "../cron-job.js";
import { DaemonSet } from "../daemon-set.js";
import { JOB_PLAIN_KEYS, Job } from "../job.js";
import { STATEFULSET_PLAIN_KEYS, StatefulSet } from "../stateful-set.js";
import { subjectOf, warningLanguage } from "../workload.js";
import { podworksSchema, token } from "./schema/index.js";

type Raw = Record<string, unknown>;

/** What an Output has inside @pulumi/pulumi besides its public surface (all of it present at run time). */
type OutputInternals = pulumi.Output<unknown> & {
  promise(withUnknowns?: boolean): Promise<unknown>;
  readonly isKnown: Promise<boolean>;
  readonly isSecret: Promise<boolean>;
  allResources(): Promise<Set<pulumi.Resource>>;
};

interface ComponentInfo {
  /** Spec keys that must be plain values (the component refuses Outputs there). */
  readonly plainKeys: readonly string[];
  readonly make: (name: string, args: Raw, opts: pulumi.ComponentResourceOptions) => pulumi.ComponentResource;
  readonly validate: (
    spec: unknown,
    options?: { kubernetesVersion?: KubernetesVersion },
  ) => {
    ok: boolean;
    issues: readonly ValidationIssue[];
  };
}

/** The four components the provider constructs, by type token; their arguments and outputs: `componentNames`. */
export const COMPONENTS: Readonly<Record<string, ComponentInfo & { readonly kind: WorkloadKind }>> = {
  [token("Job")]: {
    kind: "Job",
    plainKeys: ["name", ...JOB_PLAIN_KEYS, "ttlSecondsAfterFinished"],
    make: (name, args, opts) => new Job(name, args as never, opts),
    validate: validateJob,
  },
  [token("CronJob")]: {
    kind: "CronJob",
    plainKeys: ["name"],
    make: (name, args, opts) => new CronJob(name, args as never, opts),
    validate: validateCronJob,
  },
  [token("DaemonSet")]: {
    kind: "DaemonSet",
    plainKeys: ["name", "updateStrategy"],
    make: (name, args, opts) => new DaemonSet(name, args as never, opts),
    validate: validateDaemonSet,
  },
  [token("StatefulSet")]: {
    kind: "StatefulSet",
    plainKeys: ["name", ...STATEFULSET_PLAIN_KEYS],
    make: (name, args, opts) => new StatefulSet(name, args as never, opts),
    validate: validateStatefulSet,
  },
};

/** A component's arguments besides `spec`, and its outputs (by the TypeScript property names). */
export interface ComponentNames {
  readonly args: readonly string[];
  readonly outputs: readonly string[];
}

let declared: ReadonlyMap<string, ComponentNames> | undefined;

/**
 * The arguments and outputs of the component `type` as the package schema declares them (the resource's
 * `inputProperties` but `spec`, and its `properties`), so each is declared once, in the schema. The schema is
 * generated on the first call only.
 */
export function componentNames(type: string): ComponentNames | undefined {
  declared ??= new Map(
    Object.entries(podworksSchema().resources).map(([resource, spec]) => [
      resource,
      {
        args: Object.keys(spec.inputProperties).filter((key) => key !== "spec"),
        outputs: Object.keys(spec.properties),
      },
    ]),
  );
  return declared.get(type);
}

/** A value with every Output inside resolved: `known` is false when any part is unknown (during preview). */
export async function resolveDeep(value: unknown): Promise<{ value: unknown; known: boolean }> {
  if (pulumi.Output.isInstance(value)) {
    const output = value as unknown as OutputInternals;
    const inner = await output.promise(true);
    const resolved = await resolveDeep(inner);
    return { value: resolved.value, known: resolved.known && (await output.isKnown) };
  }
  if (pulumi.isUnknown(value)) return { value: undefined, known: false };
  if (Array.isArray(value)) {
    const items = await Promise.all(value.map(resolveDeep));
    return { value: items.map((i) => i.value), known: items.every((i) => i.known) };
  }
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = await Promise.all(
      Object.entries(value).map(async ([k, v]) => [k, await resolveDeep(v)] as const),
    );
    return {
      value: Object.fromEntries(entries.map(([k, r]) => [k, r.value])),
      known: entries.every(([, r]) => r.known),
    };
  }
  return { value, known: true };
}

function inBoth(en: string, ko: string): string {
  return warningLanguage() === "ko" ? ko : en;
}

/**
 * The spec as the component takes it: plain keys resolved to plain values (a value unknown at preview stays an
 * Output, which the component refuses with its own message), every other key as it came, or, when the whole spec
 * came as one Output, as an Output of that key with the spec's dependencies and secrecy. A spec unknown as a whole
 * is refused.
 */
export async function componentSpec(input: unknown, plainKeys: readonly string[]): Promise<Raw> {
  if (pulumi.Output.isInstance(input)) {
    const output = input as unknown as OutputInternals;
    const raw = await output.promise(true);
    if (pulumi.isUnknown(raw)) {
      throw new pulumi.InputPropertyError({
        propertyPath: "spec",
        reason: inBoth(
          "`spec` as a whole must be known at preview: give its fields one by one, so that only the values taken from other resources wait for them.",
          "`spec` 전체는 미리보기 때 알 수 있어야 한다. 필드를 하나씩 지정해 다른 리소스에서 가져오는 값만 그 리소스를 기다리게 한다.",
        ),
      });
    }
    if (raw === null || typeof raw !== "object") return raw as Raw;
    const secret = await output.isSecret;
    const resources = await output.allResources();
    const spec: Raw = {};
    for (const [key, value] of Object.entries(raw as Raw)) {
      // The plain keys (replicas, claim templates, ...) decide which resources exist, so they are used as values
      // even when the spec is secret; every other key keeps the spec's secrecy.
      if (plainKeys.includes(key)) {
        const resolved = await resolveDeep(value);
        if (resolved.known) {
          spec[key] = resolved.value;
          continue;
        }
      }
      // The Output constructor is internal to @pulumi/pulumi; it is the one way to keep the spec's dependencies.
      const Output = pulumi.Output as unknown as new (
        resources: Set<pulumi.Resource> | pulumi.Resource[],
        promise: Promise<unknown>,
        isKnown: Promise<boolean>,
        isSecret: Promise<boolean>,
        allResources: Promise<Set<pulumi.Resource> | pulumi.Resource[]>,
      ) => pulumi.Output<unknown>;
      spec[key] = new Output(
        [...resources],
        Promise.resolve(value),
        Promise.resolve(true),
        Promise.resolve(secret),
        Promise.resolve([...resources]),
      );
    }
    return spec;
  }
  if (input === null || typeof input !== "object") return input as Raw;
  const spec: Raw = { ...(input as Raw) };
  for (const key of plainKeys) {
    if (!(key in spec)) continue;
    const resolved = await resolveDeep(spec[key]);
    if (resolved.known) spec[key] = resolved.value;
  }
  return spec;
}

/** Core's problems as the engine shows input errors best: one property path and reason per problem. */
export function validationError(
  type: string,
  name: string,
  issues: readonly ValidationIssue[],
): pulumi.InputPropertiesError {
  const lang = warningLanguage();
  const errors = issues.filter((issue) => issue.severity !== "warning");
  const subject = subjectOf(type, name);
  const head =
    lang === "ko"
      ? `${subject}에 문제가 ${errors.length}개 있다. 아무것도 만들지 않았다`
      : `${subject} is invalid: ${errors.length} problem${errors.length === 1 ? "" : "s"}; nothing was created`;
  return new pulumi.InputPropertiesError({
    message: head,
    errors: errors.map((issue) => ({
      propertyPath: issue.path ? `spec.${issue.path}` : "spec",
      reason: `${issue.message[lang]} [${issue.rule}] ${lang === "ko" ? "해결" : "fix"}: ${issue.fix[lang]}`,
    })),
  });
}

/** The end of the queue of constructs (see `constructComponent`). */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Builds one of the four components from a program's inputs; returns its URN and outputs. Constructs run one after
 * the other, in the order the engine sent them: what a component does in its constructor depends on the components
 * built before it in the same run (the owner guard of a StatefulSet without `spec.name` is named after its position
 * among those with its namespace and templates), so it must not depend on how fast each one's inputs resolved.
 */
export function constructComponent(
  name: string,
  type: string,
  inputs: pulumi.Inputs,
  options: pulumi.ComponentResourceOptions,
): Promise<provider.ConstructResult> {
  const result = queue.then(() => construct(name, type, inputs, options));
  queue = result.catch(() => undefined);
  return result;
}

async function construct(
  name: string,
  type: string,
  inputs: pulumi.Inputs,
  options: pulumi.ComponentResourceOptions,
): Promise<provider.ConstructResult> {
  const component = COMPONENTS[type];
  const names = componentNames(type);
  if (!component || !names) {
    throw new Error(
      inBoth(
        `the podworks provider has no component ${type}: it has ${Object.keys(COMPONENTS).join(", ")}`,
        `podworks 프로바이더에는 ${type} 컴포넌트가 없다. 있는 컴포넌트: ${Object.keys(COMPONENTS).join(", ")}`,
      ),
    );
  }
  const args: Raw = {};
  for (const key of names.args) {
    if (inputs[key] === undefined) continue;
    const resolved = await resolveDeep(inputs[key]);
    if (!resolved.known) {
      throw new pulumi.InputPropertyError({
        propertyPath: key,
        reason: inBoth(
          `\`${key}\` must be known at preview: it cannot come from a resource created in the same update.`,
          `\`${key}\` 값은 미리보기 때 알 수 있어야 한다. 같은 업데이트에서 만드는 리소스의 출력을 쓸 수 없다.`,
        ),
      });
    }
    args[key] = resolved.value;
  }

  // Core's validation, before anything is registered: every problem with its path, nothing created.
  const resolvedSpec = await resolveDeep(inputs.spec);
  if (resolvedSpec.known && resolvedSpec.value !== null && typeof resolvedSpec.value === "object") {
    const plain = resolvedSpec.value as Raw;
    const candidate = { ...plain, kind: plain.kind ?? component.kind, name: plain.name ?? name };
    const version = args.kubernetesVersion as KubernetesVersion | undefined;
    const result = component.validate(candidate, version ? { kubernetesVersion: version } : undefined);
    if (!result.ok) throw validationError(type, name, result.issues);
  } else if (resolvedSpec.known && inputs.spec !== undefined) {
    throw new pulumi.InputPropertyError({
      propertyPath: "spec",
      reason: inBoth(
        `\`spec\` must be an object with the ${component.kind}'s fields (got ${formatValue(resolvedSpec.value)}).`,
        `\`spec\`은 ${component.kind} 필드를 담은 객체여야 한다(현재 값: ${formatValue(resolvedSpec.value)}).`,
      ),
    });
  }
  if (inputs.spec !== undefined) args.spec = await componentSpec(inputs.spec, component.plainKeys);

  const made = component.make(name, args, options) as pulumi.ComponentResource & Raw;
  const state: pulumi.Inputs = {};
  for (const key of names.outputs) state[key] = made[key] as pulumi.Input<unknown>;
  return { urn: made.urn, state };
}

function formatValue(value: unknown): string {
  return value === undefined ? "nothing" : JSON.stringify(value);
}
