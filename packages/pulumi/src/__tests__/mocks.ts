/**
 * Test helpers: a Pulumi mock "engine" that records every registration (type token, name, inputs and the
 * resource options the SDK sent), and `promiseOf` to read an Output's value in a test.
 *
 * The mock monitor of `@pulumi/pulumi` hands only type, name and inputs to `newResource`, so the options
 * (deleteBeforeReplace, replaceOnChanges, retainOnDelete, customTimeouts, dependsOn, parent, provider) are read
 * from the raw register request here. Two things the real engine does are emulated so that tests see what a
 * `pulumi up` would send to the Kubernetes provider:
 * - `transforms` registered on a resource also run on its descendants (the engine walks the parent chain);
 * - a namespaced Kubernetes object without `metadata.namespace` lands in its provider's `namespace`
 *   (or `default`), which is what the provider reports back as output.
 */
import * as pulumi from "@pulumi/pulumi";
import { vi } from "vitest";

/**
 * Recorded inputs are free-form JSON that tests index into directly (`inputs.spec.template.spec`);
 * typing every Kubernetes shape here would only restate @pulumi/kubernetes.
 */
// biome-ignore lint/suspicious/noExplicitAny: see above; this is the one place the tests opt out of types.
export type Json = any;
export type Props = Record<string, Json>;

export interface RegisteredOptions {
  readonly parent: string | undefined;
  readonly provider: string | undefined;
  readonly dependencies: readonly string[];
  readonly deleteBeforeReplace: boolean;
  readonly replaceOnChanges: readonly string[];
  readonly ignoreChanges: readonly string[];
  readonly retainOnDelete: boolean | undefined;
  readonly protect: boolean | undefined;
  /** The URN of the resource this one is deleted with (`deletedWith`), or undefined. */
  readonly deletedWith: string | undefined;
  readonly customTimeouts: { create: string; update: string; delete: string } | undefined;
}

export interface Registered {
  readonly type: string;
  readonly name: string;
  readonly urn: string;
  readonly custom: boolean;
  /** The inputs as the engine would pass them to the provider (after transforms), secrets unwrapped. */
  readonly inputs: Props;
  /** Paths of the inputs that arrived as secrets, e.g. `spec`. */
  readonly secrets: readonly string[];
  readonly options: RegisteredOptions;
}

/** The raw RegisterResourceRequest getters this helper reads (protobuf-generated in the SDK). */
interface RegisterRequest {
  getType(): string;
  getName(): string;
  getParent(): string;
  getProvider(): string;
  getCustom(): boolean;
  getDependenciesList(): string[];
  getDeletebeforereplace(): boolean;
  getReplaceonchangesList(): string[];
  getIgnorechangesList(): string[];
  getRetainondelete(): boolean | undefined;
  getProtect(): boolean | undefined;
  getDeletedwith(): string;
  getCustomtimeouts(): { getCreate(): string; getUpdate(): string; getDelete(): string } | undefined;
  getTransformsList(): { getToken(): string }[];
}

interface MockMonitorLike {
  registerResource(req: RegisterRequest, callback: (err: unknown, res: unknown) => void): Promise<void>;
  transformCallbacks: Map<string, pulumi.ResourceTransform>;
}

export class Recorder {
  readonly resources: Registered[] = [];
  /** Transforms registered per URN, so descendants can run their ancestors' transforms. */
  readonly transformsByUrn = new Map<string, readonly pulumi.ResourceTransform[]>();
  readonly parentByUrn = new Map<string, string>();

  byType(type: string): Registered[] {
    return this.resources.filter((r) => r.type === type);
  }

  /** The single registration of a type (and name), failing loudly when there is none or several. */
  one(type: string, name?: string): Registered {
    const found = this.byType(type).filter((r) => name === undefined || r.name === name);
    if (found.length !== 1) {
      const seen = this.resources.map((r) => `${r.type} ${r.name}`).join("\n  ");
      throw new Error(
        `expected one ${type}${name ? ` named ${name}` : ""}, found ${found.length}; registered:\n  ${seen}`,
      );
    }
    return found[0]!;
  }

  childrenOf(urn: string): Registered[] {
    return this.resources.filter((r) => r.options.parent === urn);
  }

  clear(): void {
    this.resources.length = 0;
    this.transformsByUrn.clear();
    this.parentByUrn.clear();
  }
}

const K8S_PROVIDER = "pulumi:providers:kubernetes";
/** Kubernetes kinds registered in these tests that are cluster-scoped (no namespace is filled in). */
const CLUSTER_SCOPED = new Set(["kubernetes:core/v1:Namespace", "kubernetes:storage.k8s.io/v1:StorageClass"]);

function urnOf(parent: string, type: string, name: string): string {
  // Mirrors the SDK's MockMonitor naming so parent links can be followed.
  const stack = pulumi.getStack();
  const project = pulumi.getProject();
  let qualified = type;
  if (parent) {
    const parentType = (parent.split("::")[2] ?? "").split("$").pop();
    qualified = `${parentType}$${type}`;
  }
  return `urn:pulumi:${stack}::${project}::${qualified}::${name}`;
}

const { specialSigKey, specialSecretSig } = pulumi.runtime;

function isSecretValue(value: unknown): value is { value: unknown } {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as Record<string, unknown>)[specialSigKey] === specialSecretSig
  );
}

/** Replaces secret wrappers by their values, collecting where they were. */
function unwrapSecrets(value: unknown, path: string, found: string[]): unknown {
  if (isSecretValue(value)) {
    found.push(path);
    return unwrapSecrets(value.value, path, found);
  }
  if (Array.isArray(value)) return value.map((item, i) => unwrapSecrets(item, `${path}[${i}]`, found));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        unwrapSecrets(item, path ? `${path}.${key}` : key, found),
      ]),
    );
  }
  return value;
}

async function runTransforms(
  transforms: readonly pulumi.ResourceTransform[],
  args: { custom: boolean; type: string; name: string; props: Props },
): Promise<Props> {
  let props = args.props;
  for (const transform of transforms) {
    const result = await transform({ ...args, props, opts: {} });
    if (result) props = result.props as Props;
  }
  return props;
}

export interface MockOptions {
  readonly preview?: boolean;
  readonly project?: string;
  readonly stack?: string;
  /** Give every namespaced Kubernetes object a `metadata.uid` output (`uid-<name>`), as the API server does. */
  readonly uids?: boolean;
}

/**
 * Installs the mocks and returns the recorder. Call it before importing the module under test
 * (the SDK reads the mock settings when resources register).
 */
export async function installMocks(options: MockOptions = {}): Promise<Recorder> {
  const recorder = new Recorder();
  const providerNamespaces = new Map<string, string | undefined>();
  let pending: { urn: string; req: RegisterRequest } | undefined;

  await pulumi.runtime.setMocks(
    {
      async newResource(args) {
        const handoff = pending;
        pending = undefined;
        if (!handoff) throw new Error("mocks: registration arrived without its request");
        const { urn, req } = handoff;

        // The engine runs the resource's own transforms, then each ancestor's.
        const chain: pulumi.ResourceTransform[] = [...(args.transforms ?? [])];
        for (let at = recorder.parentByUrn.get(urn); at; at = recorder.parentByUrn.get(at)) {
          chain.push(...(recorder.transformsByUrn.get(at) ?? []));
        }
        const transformed = await runTransforms(chain, {
          custom: req.getCustom(),
          type: args.type,
          name: args.name,
          props: args.inputs,
        });
        const secrets: string[] = [];
        const inputs = unwrapSecrets(transformed, "", secrets) as Props;
        // Outputs keep the secrecy of the inputs they come from, as the engine does.
        const keep = (state: Props) => {
          const out = { ...state };
          for (const key of secrets.filter((path) => !path.includes(".") && !path.includes("["))) {
            out[key] = { [specialSigKey]: specialSecretSig, value: out[key] };
          }
          return out;
        };

        const timeouts = req.getCustomtimeouts();
        recorder.resources.push({
          type: args.type,
          name: args.name,
          urn,
          custom: req.getCustom(),
          inputs,
          secrets,
          options: {
            parent: req.getParent() || undefined,
            provider: req.getProvider() || undefined,
            dependencies: req.getDependenciesList(),
            deleteBeforeReplace: req.getDeletebeforereplace(),
            replaceOnChanges: req.getReplaceonchangesList(),
            ignoreChanges: req.getIgnorechangesList(),
            retainOnDelete: req.getRetainondelete(),
            protect: req.getProtect(),
            deletedWith: req.getDeletedwith() || undefined,
            customTimeouts: timeouts
              ? { create: timeouts.getCreate(), update: timeouts.getUpdate(), delete: timeouts.getDelete() }
              : undefined,
          },
        });

        if (args.type === K8S_PROVIDER) {
          const id = `${args.name}-id`;
          providerNamespaces.set(`${urn}::${id}`, inputs.namespace);
          return { id, state: keep(inputs) };
        }
        if (args.type.startsWith("kubernetes:") && !CLUSTER_SCOPED.has(args.type)) {
          const fromProvider = args.provider ? providerNamespaces.get(args.provider) : undefined;
          const namespace = inputs.metadata?.namespace ?? fromProvider ?? "default";
          const metadata = {
            ...inputs.metadata,
            namespace,
            ...(options.uids ? { uid: `uid-${inputs.metadata?.name ?? args.name}` } : {}),
          };
          return { id: `${namespace}/${metadata.name ?? args.name}`, state: keep({ ...inputs, metadata }) };
        }
        return { id: `${args.name}-id`, state: keep(inputs) };
      },
      call(args) {
        return args.inputs;
      },
    },
    options.project ?? "podworks-test",
    options.stack ?? "test",
    options.preview ?? false,
  );

  const monitor = pulumi.runtime.getMonitor() as unknown as MockMonitorLike;
  const original = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req, callback) => {
    const urn = urnOf(req.getParent(), req.getType(), req.getName());
    if (req.getParent()) recorder.parentByUrn.set(urn, req.getParent());
    const own = req
      .getTransformsList()
      .map((cb) => monitor.transformCallbacks.get(cb.getToken()))
      .filter((t): t is pulumi.ResourceTransform => t !== undefined);
    if (own.length) recorder.transformsByUrn.set(urn, own);
    // The SDK's mock monitor calls newResource synchronously from here, before its first await.
    pending = { urn, req };
    return original(req, callback);
  };
  return recorder;
}

/**
 * Resolves an Output (or a plain value) for assertions; rejects when the Output failed (so a failing
 * `apply` shows up as a rejected promise, not as a test that never finishes). Unknowns resolve to undefined.
 */
export function promiseOf<T>(output: pulumi.Input<T>): Promise<T> {
  // `promise()` is the SDK's internal accessor, the same one pulumi-awsx and pulumi-eks tests use.
  return (pulumi.output(output) as unknown as { promise(): Promise<T> }).promise();
}

/**
 * The error a failing Output rejects with. Every internal promise of the Output is awaited, so the
 * failure does not also surface as an unhandled rejection.
 */
export async function failureOf(output: pulumi.Output<unknown>): Promise<unknown> {
  const internal = output as unknown as {
    promise(): Promise<unknown>;
    isKnown: Promise<boolean>;
    isSecret: Promise<boolean>;
    allResources(): Promise<unknown>;
  };
  const results = await Promise.allSettled([
    internal.promise(),
    internal.isKnown,
    internal.isSecret,
    internal.allResources(),
  ]);
  const failed = results.find((result) => result.status === "rejected");
  return failed ? (failed as PromiseRejectedResult).reason : undefined;
}

/** Waits until the given resources (and so their registrations) are done, then lets pending work run. */
export async function settle(...resources: pulumi.Resource[]): Promise<void> {
  await Promise.all(resources.map((r) => promiseOf(r.urn)));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Collects what the components log through `pulumi.log` (instead of printing it); call it in beforeEach. */
export function captureLogs(): { info: string[]; warn: string[] } {
  const logs = { info: [] as string[], warn: [] as string[] };
  vi.spyOn(pulumi.log, "info").mockImplementation((msg: string) => {
    logs.info.push(msg);
    return Promise.resolve();
  });
  vi.spyOn(pulumi.log, "warn").mockImplementation((msg: string) => {
    logs.warn.push(msg);
    return Promise.resolve();
  });
  return logs;
}
