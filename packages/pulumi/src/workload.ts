/**
 * What the four components share: turning `args.spec` (a podworks spec whose values may be Pulumi inputs)
 * into the Kubernetes objects core renders, validating with core's rules and nothing else, running the
 * `transformManifest` escape hatch, and the resource options every child gets.
 *
 * Plain specs are validated synchronously, so a bad spec throws from the constructor (during preview, before
 * anything reaches a cluster). Specs that hold Outputs are validated inside `apply` once the values resolve;
 * values that are known at preview time (config, secrets) still fail the preview there.
 */
import {
  type CronJobSpec,
  type DaemonSetSpec,
  formatIssue,
  type JobSpec,
  type KubernetesObject,
  type KubernetesVersion,
  PodworksValidationError,
  type StatefulSetSpec,
  toManifests,
  type ValidationResult,
  validateCronJob,
  validateDaemonSet,
  validateJob,
  validateStatefulSet,
  type WorkloadKind,
  type WorkloadSpec,
} from "@podworks/core";
import * as pulumi from "@pulumi/pulumi";

type PlainValue = string | number | boolean | bigint | null | undefined;

/**
 * A spec value where any part may be a Pulumi input (a plain value, a Promise or an Output), at any depth:
 * an image tag from another stack, a Secret-valued env var, a namespace created in the same program.
 */
export type DeepInput<T> = T extends PlainValue
  ? pulumi.Input<T>
  : T extends readonly (infer U)[]
    ? pulumi.Input<readonly DeepInput<U>[]>
    : T extends object
      ? pulumi.Input<{ readonly [K in keyof T]: DeepInput<T[K]> }>
      : pulumi.Input<T>;

/**
 * A core spec as the components take it: `kind` is implied by the component (a `kind` that says otherwise
 * is rejected by core), `name` defaults to the component's name, the keys listed in `Plain` must be plain
 * values because they decide which child resources exist, and every other field accepts Pulumi inputs.
 */
export type SpecArgs<S extends WorkloadSpec, Plain extends keyof S = never> = {
  readonly [K in keyof Omit<S, "kind" | "name" | Plain>]: DeepInput<Omit<S, "kind" | "name" | Plain>[K]>;
} & {
  readonly [K in keyof Pick<S, Plain>]: Pick<S, Plain>[K];
} & {
  readonly kind?: S["kind"];
  /** The Kubernetes object name. @default the component's (Pulumi resource) name */
  readonly name?: string;
};

/** Receives a deep copy of each rendered object and returns the object to deploy. */
export type ManifestTransform = (manifest: KubernetesObject) => KubernetesObject;

/** Arguments every component takes besides its own. */
export interface WorkloadArgs<S extends WorkloadSpec, Plain extends keyof S = never> {
  /** The podworks spec: the same fields as in YAML or `@podworks/core`, Kubernetes' own names. */
  readonly spec: SpecArgs<S, Plain>;
  /**
   * Escape hatch for what podworks does not model: called with a deep copy of each rendered object
   * (for a StatefulSet: the headless Service, then the StatefulSet), after validation and defaults, before the
   * child resources are created. Return the object to deploy. It may not change `apiVersion`, `kind`, or (for
   * a StatefulSet) what PVC protection depends on; those changes throw.
   */
  readonly transformManifest?: ManifestTransform;
  /** Target cluster version for core's version-gated fields. @default core's DEFAULT_KUBERNETES_VERSION */
  readonly kubernetesVersion?: KubernetesVersion;
}

type SpecOf<K extends WorkloadKind> = Extract<WorkloadSpec, { kind: K }>;

const VALIDATORS: {
  readonly [K in WorkloadKind]: (
    spec: unknown,
    options?: { kubernetesVersion?: KubernetesVersion },
  ) => ValidationResult<SpecOf<K>>;
} = {
  Job: validateJob as (spec: unknown) => ValidationResult<JobSpec>,
  CronJob: validateCronJob as (spec: unknown) => ValidationResult<CronJobSpec>,
  DaemonSet: validateDaemonSet as (spec: unknown) => ValidationResult<DaemonSetSpec>,
  StatefulSet: validateStatefulSet as (spec: unknown) => ValidationResult<StatefulSetSpec>,
};

/** True when a value holds an Output or a Promise anywhere inside. */
export function hasInputs(value: unknown): boolean {
  if (pulumi.Output.isInstance(value)) return true;
  if (value === null || typeof value !== "object") return false;
  if (typeof (value as { then?: unknown }).then === "function") return true;
  if (Array.isArray(value)) return value.some(hasInputs);
  return Object.values(value).some(hasInputs);
}

/** An error about a Pulumi-only argument, in English then Korean, attached to the component. */
export function argumentError(component: pulumi.Resource, en: string, ko: string): pulumi.ResourceError {
  return new pulumi.ResourceError(`${en}\n${ko}`, component);
}

const KIND_KO: Record<WorkloadKind, string> = {
  Job: "잡",
  CronJob: "크론잡",
  DaemonSet: "데몬셋",
  StatefulSet: "스테이트풀셋",
};

/** Every component needs its spec; says so in both languages, naming the kind. */
export function requireSpec(
  component: pulumi.Resource,
  kind: WorkloadKind,
  args: { spec?: unknown } | undefined,
): void {
  if (args && typeof args.spec === "object" && args.spec !== null) return;
  throw argumentError(
    component,
    `\`spec\` is required: pass the ${kind}'s podworks spec.`,
    `\`spec\`은 필수다. ${KIND_KO[kind]}의 podworks 스펙을 넘긴다.`,
  );
}

/** `timeoutSeconds` only means something while Pulumi waits. */
export function requireWaitForTimeout(
  component: pulumi.Resource,
  args: { wait?: boolean; timeoutSeconds?: number },
): void {
  if (args.wait !== false || args.timeoutSeconds === undefined) return;
  throw argumentError(
    component,
    "`timeoutSeconds` has no effect with `wait: false`: remove one of them.",
    "`wait: false`이면 `timeoutSeconds`는 아무 효과가 없다. 둘 중 하나를 지운다.",
  );
}

/** Describes the component in error headings: `podworks:index:StatefulSet "db" (args.spec)`. */
export function subjectOf(type: string, name: string): string {
  return `${type} "${name}" (args.spec)`;
}

/** Runs core's validation for the kind and throws its PodworksValidationError naming the component. */
export function validateSpec<K extends WorkloadKind>(
  kind: K,
  spec: unknown,
  subject: string,
  kubernetesVersion: KubernetesVersion | undefined,
): SpecOf<K> {
  const result = VALIDATORS[kind](spec, kubernetesVersion ? { kubernetesVersion } : undefined);
  if (!result.ok) throw new PodworksValidationError(result.issues, subject);
  // Warnings (a beta field, a lint rule, a default podworks gave way on) do not stop the deployment: they are
  // shown in `pulumi preview` and `pulumi up`, in the language PODWORKS_LANG or the locale asks for.
  const lang = warningLanguage();
  for (const issue of result.issues) pulumi.log.warn(`${subject}: ${formatIssue(issue, lang)}`);
  return result.value;
}

/** `ko` when PODWORKS_LANG says so, or when it is unset and the locale is Korean; `en` otherwise. */
export function warningLanguage(env: NodeJS.ProcessEnv = process.env): "en" | "ko" {
  const wanted = env.PODWORKS_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? "";
  return /^ko\b|^ko[_-]/i.test(wanted) ? "ko" : "en";
}

/**
 * Checks a transformed object against the original; `protect` may add checks for what must not change.
 * Throws plain Errors: inside `apply` they fail the deployment the same way.
 */
export type ManifestCheck = (before: KubernetesObject, after: KubernetesObject) => void;

function runTransform(
  objects: readonly KubernetesObject[],
  transform: ManifestTransform | undefined,
  check: ManifestCheck | undefined,
): KubernetesObject[] {
  if (!transform) return [...objects];
  return objects.map((object) => {
    const after = transform(structuredClone(object));
    if (after === null || typeof after !== "object") {
      throw new Error(
        `\`transformManifest\` must return the ${object.kind} object to deploy (it returned ${String(after)}).\n` +
          `\`transformManifest\`는 배포할 ${object.kind} 오브젝트를 반환해야 한다(반환값: ${String(after)}).`,
      );
    }
    if (after.apiVersion !== object.apiVersion || after.kind !== object.kind) {
      throw new Error(
        `\`transformManifest\` may not change apiVersion or kind (${object.apiVersion} ${object.kind} became ${after.apiVersion} ${after.kind}).\n` +
          `\`transformManifest\`는 apiVersion이나 kind를 바꿀 수 없다(${object.apiVersion} ${object.kind}이 ${after.apiVersion} ${after.kind}로 바뀌었다).`,
      );
    }
    check?.(object, after);
    return after;
  });
}

/** The part of any component's args that rendering reads. */
export interface RenderArgs {
  readonly spec: { readonly kind?: string; readonly name?: string; readonly [field: string]: unknown };
  readonly transformManifest?: ManifestTransform | undefined;
  readonly kubernetesVersion?: KubernetesVersion | undefined;
}

/**
 * A component's spec, validated and rendered. A plain spec (no Output or Promise anywhere) gives plain objects,
 * which go to the child resources as they are: no Output chain is built for values known at construction.
 */
export type Rendered<S extends WorkloadSpec> =
  | {
      /** The validated spec. */
      readonly spec: S;
      /** The objects to deploy, in core's order, after `transformManifest`. */
      readonly objects: readonly KubernetesObject[];
    }
  | {
      /** Undefined: the spec held inputs, so it is validated once they resolve. */
      readonly spec: undefined;
      /** The objects to deploy, in core's order, after `transformManifest`. */
      readonly objects: pulumi.Output<KubernetesObject[]>;
      /** Whether a secret went into the objects' metadata (namespace, labels, annotations). */
      readonly metadataSecret: pulumi.Output<boolean>;
    };

/**
 * Validates and renders a component's spec. `name` is the component's name, used when the spec has none.
 * Plain specs fail synchronously; specs with inputs fail inside the returned Output.
 */
export function renderSpec<K extends WorkloadKind>(options: {
  readonly kind: K;
  readonly type: string;
  readonly name: string;
  readonly args: RenderArgs;
  readonly check?: ManifestCheck;
}): Rendered<SpecOf<K>> {
  const { kind, type, name, args, check } = options;
  const subject = subjectOf(type, name);
  const withDefaults = { ...args.spec, kind: args.spec.kind ?? kind, name: args.spec.name ?? name };
  const render = (spec: unknown) => {
    const valid = validateSpec(kind, spec, subject, args.kubernetesVersion);
    const objects = toManifests(
      valid,
      args.kubernetesVersion ? { kubernetesVersion: args.kubernetesVersion } : undefined,
    );
    return { valid, objects: runTransform(objects, args.transformManifest, check) };
  };
  if (!hasInputs(withDefaults)) {
    const { valid, objects } = render(withDefaults);
    return { spec: valid, objects };
  }
  const objects = pulumi.output(withDefaults).apply((resolved) => render(resolved).objects);
  const spec = args.spec as Record<string, unknown>;
  const metadataInputs = pulumi.output({
    namespace: spec.namespace,
    labels: spec.labels,
    annotations: spec.annotations,
  });
  return {
    spec: undefined,
    objects: objects as unknown as pulumi.Output<KubernetesObject[]>,
    metadataSecret: pulumi.output(pulumi.isSecret(metadataInputs)),
  };
}

/**
 * The `metadata` and `spec` inputs of a child resource. A secret anywhere in the spec (an env value, say)
 * makes the rendered object secret as a whole; the metadata is made readable again unless the spec's own
 * metadata fields held a secret, so names stay visible in previews and outputs.
 */
export function childArgs<T extends KubernetesObject>(
  object: pulumi.Output<T>,
  metadataSecret: pulumi.Output<boolean>,
): { metadata: pulumi.Output<NonNullable<T["metadata"]>>; spec: pulumi.Output<NonNullable<T["spec"]>> } {
  const metadata = pulumi.unsecret(object.apply((o) => o.metadata as NonNullable<T["metadata"]>));
  return {
    metadata: metadataSecret.apply((secret) =>
      secret ? pulumi.secret(metadata) : metadata,
    ) as pulumi.Output<NonNullable<T["metadata"]>>,
    spec: object.apply((o) => o.spec as NonNullable<T["spec"]>),
  };
}

/** Throws when a key that must be plain holds an Output or a Promise (JavaScript callers are not type-checked). */
export function requirePlain(component: pulumi.Resource, spec: object, keys: readonly string[]): void {
  for (const key of keys) {
    if (hasInputs((spec as Record<string, unknown>)[key])) {
      throw argumentError(
        component,
        `\`spec.${key}\` must be a plain value, not an Output or a Promise: it decides which resources the component creates.`,
        `\`spec.${key}\`에는 Output이나 Promise가 아닌 일반 값을 써야 한다. 이 값에 따라 컴포넌트가 만들 리소스가 정해진다.`,
      );
    }
  }
}

/** Checks a timeout argument and turns it into Pulumi custom timeouts for create and update. */
export function timeoutsOf(
  component: pulumi.Resource,
  timeoutSeconds: number | undefined,
): pulumi.CustomTimeouts | undefined {
  if (timeoutSeconds === undefined) return undefined;
  if (!Number.isInteger(timeoutSeconds) || timeoutSeconds <= 0) {
    throw argumentError(
      component,
      `\`timeoutSeconds\` must be a whole number of seconds above 0 (got ${String(timeoutSeconds)}).`,
      `\`timeoutSeconds\`는 0보다 큰 정수(초)여야 한다(현재 값: ${String(timeoutSeconds)}).`,
    );
  }
  return { create: `${timeoutSeconds}s`, update: `${timeoutSeconds}s` };
}

/** The object with extra annotations merged into its metadata (the object itself is not changed). */
export function withAnnotations<T extends KubernetesObject>(
  object: T,
  annotations: Record<string, string>,
): T {
  if (Object.keys(annotations).length === 0) return object;
  const metadata = object.metadata ?? {};
  return { ...object, metadata: { ...metadata, annotations: { ...metadata.annotations, ...annotations } } };
}

function findKind<T extends KubernetesObject>(objects: readonly KubernetesObject[], kind: T["kind"]): T {
  const found = objects.find((object) => object.kind === kind);
  if (!found) throw new Error(`podworks rendered no ${kind}: this is a bug in @podworks/pulumi`);
  return found as T;
}

/** The `metadata` and `spec` inputs of one child resource. */
export interface ChildInputs<T extends KubernetesObject> {
  readonly metadata: pulumi.Input<NonNullable<T["metadata"]>>;
  readonly spec: pulumi.Input<NonNullable<T["spec"]>>;
}

/**
 * The inputs of the child resource for the rendered object of `kind`, with `annotations` merged into its
 * metadata: plain objects for a plain spec, Outputs (see `childArgs`) for a spec that held inputs.
 */
export function childInputs<T extends KubernetesObject>(
  rendered: Rendered<WorkloadSpec>,
  kind: T["kind"],
  annotations: Record<string, string> = {},
): ChildInputs<T> {
  if (rendered.spec !== undefined) {
    const object = withAnnotations(findKind<T>(rendered.objects, kind), annotations);
    return {
      metadata: object.metadata as NonNullable<T["metadata"]>,
      spec: object.spec as NonNullable<T["spec"]>,
    };
  }
  const object = rendered.objects.apply((list) => withAnnotations(findKind<T>(list, kind), annotations));
  return childArgs(object, rendered.metadataSecret);
}
