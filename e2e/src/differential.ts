/**
 * The differential test's machinery: the cases (every family's table, and seeded mutations of generated pod
 * templates), core's verdict on each, the manifest the API server is sent for it, the server's verdict, and the
 * tally. Core and the server must agree: a spec core accepts must be accepted by the server, and a spec core
 * rejects must be rejected by it too, unless the case documents a deliberate podworks policy.
 *
 * What the server is sent: for a spec core accepts, exactly what `toManifests` renders. For a spec core rejects,
 * core's renderers are run without validation (as if core were bypassed and the spec hand-written as a manifest);
 * fields core does not know at all (a typo, an unknown key), which the renderers would not copy, are written into
 * the pod spec or the container where the user put them, so the server sees the mistake. When a renderer cannot
 * cope with the broken spec (a list that is not a list), the kind's valid base spec is rendered and the case's
 * fields are written over its pod spec and first container the same way.
 */
import { containerFields, metadataFields, podFields, toManifests, validate } from "@podworks/core";
import fc from "fast-check";
import { caseSpec, type ValidationCase } from "../../packages/core/src/__fixtures__/cases/case.js";
import { loadCaseTables } from "../../packages/core/src/__fixtures__/cases/index.js";
import { NESTED_MUTATIONS, templateSpec } from "../../packages/core/src/__fixtures__/pod-template.js";
import { BASE } from "../../packages/core/src/__tests__/specs.js";
import { KINDS, type WorkloadSpec } from "../../packages/core/src/kinds.js";
import { type ApiAnswer, type KObject, kube } from "./kube.js";
import { WORKLOAD_KINDS } from "./manifests.js";
import { podSpecOf } from "./rejections.js";

export { reportsPath } from "../../packages/core/src/__fixtures__/pod-template.js";

type Raw = Record<string, unknown>;

/** One spec to judge on both sides. */
export interface DiffCase {
  /** `<family>: <case name>`, or `mutation #n: <what>`. */
  readonly id: string;
  readonly source: string;
  readonly spec: unknown;
  /** The patch the case wrote (pod-level and container fields), to put unknown fields into the manifest. */
  readonly patch: { readonly spec?: Raw; readonly container?: Raw };
  /** The path core must report when it rejects, when the case knows it. */
  readonly path?: string;
  readonly policy?: ValidationCase["policy"];
  readonly kubernetesVersion?: ValidationCase["kubernetesVersion"];
  /** Where the case came from, for the tally. */
  readonly origin: "table" | "mutation" | "template";
}

export const MUTATION_SEED = Number(process.env.E2E_DIFFERENTIAL_SEED ?? 20261201);
export const MUTATIONS = Number(process.env.E2E_DIFFERENTIAL_MUTATIONS ?? 320);
export const TEMPLATES = Number(process.env.E2E_DIFFERENTIAL_TEMPLATES ?? 24);

/** Every family table's cases. */
export async function tableCases(): Promise<DiffCase[]> {
  const tables = await loadCaseTables();
  return tables.flatMap(({ family, cases }) =>
    cases.map(
      (c): DiffCase => ({
        id: `${family}: ${c.name}`,
        source: c.source,
        spec: caseSpec(c),
        patch: { spec: c.spec, container: c.container },
        path: c.rejects?.path,
        policy: c.policy,
        kubernetesVersion: c.kubernetesVersion,
        origin: "table",
      }),
    ),
  );
}

/** Generated valid templates (every nested object filled in) and one-field mutations of them, seeded. */
export function generatedCases(
  seed = MUTATION_SEED,
  mutations = MUTATIONS,
  templates = TEMPLATES,
): DiffCase[] {
  const valid = fc.sample(templateSpec, { seed, numRuns: templates }).map(
    (spec, i): DiffCase => ({
      id: `template #${i}: valid ${String(spec.kind)} with every nested object`,
      source: `podworks (fast-check seed ${seed})`,
      spec,
      patch: { spec, container: (spec.containers as Raw[])[0] },
      origin: "template",
    }),
  );
  // The same number of draws from every kind of mistake, each kind with a seed of its own.
  const perKind = Math.ceil(mutations / NESTED_MUTATIONS.length);
  const broken = NESTED_MUTATIONS.flatMap((arbitrary, k) =>
    fc.sample(fc.tuple(templateSpec, arbitrary), { seed: seed + 1 + k, numRuns: perKind }),
  ).map(([spec, mutation], i): DiffCase => {
    const bad = mutation.apply(spec);
    return {
      id: `mutation #${i}: ${String(spec.kind)} ${mutation.name}`,
      source: `podworks (fast-check seeds from ${seed + 1}, mutation of ${mutation.owner})`,
      spec: bad,
      patch: { spec: bad, container: (bad.containers as Raw[] | undefined)?.[0] },
      path: mutation.path,
      origin: "mutation",
    };
  });
  return [...valid, ...broken];
}

/** Core's verdict. */
export interface CoreVerdict {
  readonly ok: boolean;
  readonly paths: readonly string[];
  /** Threw instead of answering: always a failure. */
  readonly threw?: string;
}

export function coreVerdict(c: DiffCase): CoreVerdict {
  try {
    const result = validate(c.spec, { kubernetesVersion: c.kubernetesVersion });
    return {
      ok: result.ok,
      paths: result.issues.filter((i) => i.severity === "error").map((i) => i.path),
    };
  } catch (error) {
    return { ok: false, paths: [], threw: String(error) };
  }
}

const isRecord = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);

/** Workload-level and metadata fields of any kind: those the renderers place themselves. */
const KNOWN_SPEC_FIELDS = new Set(Object.values(KINDS).flatMap((k) => Object.keys(k.fields)));
const KNOWN_CONTAINER_FIELDS = new Set(Object.keys(containerFields));

function firstContainer(workload: KObject): Raw | undefined {
  // biome-ignore lint/suspicious/noExplicitAny: a rendered manifest.
  const pod = podSpecOf(workload as any) as Raw;
  return Array.isArray(pod.containers) && isRecord(pod.containers[0]) ? pod.containers[0] : undefined;
}

/** Writes the fields a renderer does not copy into the workload's pod spec and first container. */
function writeThrough(workload: KObject, patch: DiffCase["patch"], onlyUnknown: boolean): void {
  // biome-ignore lint/suspicious/noExplicitAny: a rendered manifest.
  const pod = podSpecOf(workload as any) as Raw;
  const spec = workload.spec as Raw;
  for (const [key, value] of Object.entries(patch.spec ?? {})) {
    if (key === "kind" || key === "containers" || value === undefined) continue;
    if (onlyUnknown) {
      if (!KNOWN_SPEC_FIELDS.has(key)) pod[key] = value;
    } else if (Object.hasOwn(podFields, key)) pod[key] = value;
    // The kind's own fields sit in the workload's spec under the same name (a best effort: the renderer failed).
    else if (!Object.hasOwn(metadataFields, key)) spec[key] = value;
  }
  const container = firstContainer(workload);
  if (!container) return;
  for (const [key, value] of Object.entries(patch.container ?? {})) {
    if (value === undefined) continue;
    if (!onlyUnknown || !KNOWN_CONTAINER_FIELDS.has(key)) container[key] = value;
  }
}

const asJson = (objects: readonly unknown[]): KObject[] => JSON.parse(JSON.stringify(objects)) as KObject[];

/** How the manifest was made, for the report. */
export type Rendering = "rendered" | "unchecked" | "patched-base";

/** The objects sent to the server for a case, and how they were made. */
export function manifestsFor(c: DiffCase, core: CoreVerdict): { objects: KObject[]; rendering: Rendering } {
  if (core.ok) {
    return {
      objects: asJson(toManifests(c.spec as WorkloadSpec, { kubernetesVersion: c.kubernetesVersion })),
      rendering: "rendered",
    };
  }
  const spec = c.spec as WorkloadSpec;
  const kind = isRecord(spec) && typeof spec.kind === "string" && spec.kind in KINDS ? spec.kind : "Job";
  try {
    const objects = asJson((KINDS[kind].render as (s: WorkloadSpec) => unknown[])(spec));
    const workload = objects.find((o) => WORKLOAD_KINDS.has(o.kind));
    if (!workload) throw new Error("no workload rendered");
    writeThrough(workload, c.patch, true);
    return { objects, rendering: "unchecked" };
  } catch {
    const objects = asJson(toManifests(BASE[kind]));
    const workload = objects.find((o) => WORKLOAD_KINDS.has(o.kind));
    if (workload) writeThrough(workload, c.patch, false);
    return { objects, rendering: "patched-base" };
  }
}

/**
 * Pod fields that do not land in the pod spec under their own name: the pods' own labels and annotations, and
 * podworks' `podSecurity` level, which decides what validation allows and is never rendered.
 */
const PLACED_ELSEWHERE = new Set(["podLabels", "podAnnotations", "podSecurity"]);

/**
 * For a spec core accepts: the pod and container fields the case sets that the rendered manifest lacks. A field
 * core validates but the renderer drops would make every verdict on it meaningless (the server never sees it).
 */
export function droppedFields(c: DiffCase, objects: readonly KObject[]): string[] {
  const workload = objects.find((o) => WORKLOAD_KINDS.has(o.kind));
  if (!workload) return ["(no workload rendered)"];
  // biome-ignore lint/suspicious/noExplicitAny: a rendered manifest.
  const pod = podSpecOf(workload as any) as Raw;
  const container = firstContainer(workload) ?? {};
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(c.patch.spec ?? {})) {
    if (value === undefined || value === null || PLACED_ELSEWHERE.has(key)) continue;
    if (Object.hasOwn(podFields, key) && pod[key] === undefined) dropped.push(key);
  }
  for (const [key, value] of Object.entries(c.patch.container ?? {})) {
    if (value === undefined || value === null) continue;
    if (container[key] === undefined) dropped.push(`containers[0].${key}`);
  }
  return dropped;
}

/** The server's verdict over every object, by POST create and by server-side apply, both dry-run. */
export interface ServerVerdict {
  readonly ok: boolean;
  readonly create: boolean;
  readonly apply: boolean;
  /** What the server said when it refused (status, reason, message). */
  readonly detail: string;
  /** Set when an answer was neither acceptance nor refusal (403, 404, 5xx...): the case cannot be judged. */
  readonly error?: string;
}

/** Accepted (2xx), refused by validation or decoding (400, 422, and the 500s below), or no verdict at all. */
function classify(answer: ApiAnswer): "accept" | "reject" | "error" {
  if (answer.status >= 200 && answer.status < 300) return "accept";
  if (answer.status === 400 || answer.status === 422) return "reject";
  // Server-side apply turns a patch it cannot type or convert (a duplicate list key, a float for an int32)
  // into a 500 before validation runs; that is a refusal of the manifest all the same.
  if (
    answer.status === 500 &&
    /failed to (create typed patch object|convert new object)/.test(String(answer.body.message))
  )
    return "reject";
  return "error";
}

function describe(object: KObject, how: string, answer: ApiAnswer): string {
  return `${how} ${object.kind} ${answer.status} ${String(answer.body.reason ?? "")}: ${String(answer.body.message ?? "").slice(0, 300)}`;
}

export async function serverVerdict(objects: readonly KObject[], namespace: string): Promise<ServerVerdict> {
  let create = true;
  let apply = true;
  const details: string[] = [];
  const errors: string[] = [];
  for (const object of objects) {
    for (const how of ["create", "apply"] as const) {
      const answer =
        how === "create"
          ? await kube().create(object, { namespace, dryRun: true })
          : await kube().apply(object, { namespace, dryRun: true });
      const verdict = classify(answer);
      if (verdict === "error") errors.push(describe(object, how, answer));
      else if (verdict === "reject") {
        if (how === "create") create = false;
        else apply = false;
        details.push(describe(object, how, answer));
      }
    }
  }
  const error = errors.length ? errors.join(" | ") : undefined;
  return { ok: create && apply, create, apply, detail: details.join(" | "), ...(error ? { error } : {}) };
}

/** Runs `work` over `items`, `concurrency` at a time, keeping the order of the results. */
export async function pooled<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  });
  await Promise.all(workers);
  return results;
}

export type Outcome =
  | "agree-accept"
  | "agree-reject"
  | "policy"
  | "false-accept"
  | "false-reject"
  | "no-verdict"
  | "other-version";

export interface Judged {
  readonly c: DiffCase;
  readonly core: CoreVerdict;
  readonly server?: ServerVerdict;
  readonly rendering?: Rendering;
  readonly outcome: Outcome;
  /** Core rejected a case that names a path, but reported none at or inside it. */
  readonly wrongPath?: boolean;
  /** Core accepted, but the rendered manifest lacks fields the case set (see `droppedFields`). */
  readonly dropped?: readonly string[];
}

export function outcomeOf(c: DiffCase, core: CoreVerdict, server: ServerVerdict): Outcome {
  if (server.error) return "no-verdict";
  if (core.ok) return server.ok ? "agree-accept" : "false-accept";
  if (!server.ok) return "agree-reject";
  return c.policy ? "policy" : "false-reject";
}

/** The one-line figure, e.g. `differential: 431 cases: 412 agree, 19 deliberate policies, 0 false accepts, 0 false rejects`. */
export function figure(judged: readonly Judged[]): string {
  const count = (o: Outcome) => judged.filter((j) => j.outcome === o).length;
  const agree = count("agree-accept") + count("agree-reject");
  const skipped = count("other-version");
  const unjudged = count("no-verdict");
  const wrong = judged.filter((j) => j.wrongPath).length;
  return (
    `differential: ${judged.length - skipped} cases: ${agree} agree (${count("agree-accept")} both accept, ` +
    `${count("agree-reject")} both reject), ${count("policy")} deliberate policies, ${count("false-accept")} false accepts, ` +
    `${count("false-reject")} false rejects; ${wrong} rejected at another path` +
    (unjudged ? `; ${unjudged} without a server verdict` : "") +
    (skipped ? `; ${skipped} cases for another Kubernetes version not sent` : "")
  );
}
