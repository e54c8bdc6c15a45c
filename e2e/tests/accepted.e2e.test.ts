/**
 * Core's manifests on a real API server: every example spec and a generated corpus of valid specs are accepted
 * by a server-side apply dry-run and then by a real apply, come back with every field podworks wrote, and
 * their pods are admitted in namespaces that enforce Pod Security `restricted` (judged directly on bare pods
 * built from the templates, and through the controllers that create the workloads' pods).
 */
import { readdirSync, readFileSync } from "node:fs";
import { validate } from "@podworks/core";
import { parseSpecs } from "@podworks/core/parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpus } from "../src/corpus.js";
import { eventually, type KObject, kube } from "../src/kube.js";
import { differences, podFromTemplate, render, WORKLOAD_KINDS, workloadOf } from "../src/manifests.js";

const EXAMPLES = new URL("../../examples/specs/", import.meta.url);
const PER_KIND = Number(process.env.E2E_CORPUS_PER_KIND ?? 25);

const exampleFiles = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith(".yaml"))
  .sort();

function exampleSpecs(file: string): unknown[] {
  const parsed = parseSpecs(readFileSync(new URL(file, EXAMPLES), "utf8"));
  if (parsed.issues.length > 0) throw new Error(`${file} is not valid YAML: ${parsed.issues[0]?.message.en}`);
  return [...parsed.specs];
}

const validExamples = exampleFiles.filter((file) => exampleSpecs(file).every((spec) => validate(spec).ok));

interface Applied {
  /** "Kind/name: status message" for each object the server refused. */
  readonly failures: string[];
  /** What the server answered for each accepted object: the object as stored (or as it would be, for a dry-run). */
  readonly stored: Map<KObject, Record<string, unknown>>;
}

/** Sends every object with server-side apply, for real or as a dry-run. */
async function applyAll(objects: readonly KObject[], namespace: string, dryRun: boolean): Promise<Applied> {
  const applied: Applied = { failures: [], stored: new Map() };
  // A few at a time: enough to keep the API server busy without flooding two cores.
  for (let i = 0; i < objects.length; i += 6) {
    const answers = await Promise.all(
      objects
        .slice(i, i + 6)
        .map(async (object) => ({ object, answer: await kube().apply(object, { namespace, dryRun }) })),
    );
    for (const { object, answer } of answers) {
      if (answer.status === 200 || answer.status === 201) applied.stored.set(object, answer.body);
      else
        applied.failures.push(
          `${object.kind}/${object.metadata.name}: ${answer.status} ${String(answer.body.message)}`,
        );
    }
  }
  return applied;
}

/**
 * Where the server's answer to the apply differs from what was sent, per object. The answer to a real apply is
 * the object as persisted (defaults added), read before any controller acts on it (a Job with a short
 * ttlSecondsAfterFinished may be gone moments later).
 */
function storedDifferences(applied: Applied, namespace: string): string[] {
  const out: string[] = [];
  for (const [object, stored] of applied.stored) {
    const sent = { ...object, metadata: { ...object.metadata, namespace } };
    for (const d of differences(sent, stored)) out.push(`${object.kind}/${object.metadata.name} ${d}`);
  }
  return out;
}

/** Bare pods from the workloads' templates, dry-run created in `namespace`: failures and Pod Security warnings. */
async function podAdmission(objects: readonly KObject[], namespace: string): Promise<string[]> {
  const problems: string[] = [];
  for (const object of objects.filter((o) => WORKLOAD_KINDS.has(o.kind))) {
    const answer = await kube().createPodDryRun(podFromTemplate(workloadOf([object])), namespace);
    if (answer.status !== 201)
      problems.push(`${object.metadata.name}: ${answer.status} ${String(answer.body.message)}`);
    for (const warning of answer.warnings) problems.push(`${object.metadata.name}: warning ${warning}`);
  }
  return problems;
}

/**
 * Waits until the controllers created a pod for each workload that should have one by now (CronJobs, suspended
 * Jobs, parallelism 0 and 0 replicas have none), judged by their SuccessfulCreate events (a Job's pods may be gone
 * again quickly: deadline, TTL), and checks that no pod creation was refused (FailedCreate, Pod Security).
 */
async function expectControllersCreatedPods(objects: readonly KObject[], namespace: string): Promise<void> {
  // biome-ignore lint/suspicious/noExplicitAny: reading rendered manifests.
  const expected = objects.filter((o: any) => {
    if (o.kind === "Job") return !o.spec.suspend && (o.spec.parallelism ?? 1) > 0;
    if (o.kind === "StatefulSet") return (o.spec.replicas ?? 1) > 0;
    return o.kind === "DaemonSet";
  });
  await eventually(
    `pods created for ${expected.length} workloads in ${namespace}`,
    async (note) => {
      const events = await kube().events(namespace);
      const created = new Set(events.filter((e) => e.reason === "SuccessfulCreate").map((e) => e.object));
      const missing = expected.filter((o) => !created.has(`${o.kind}/${o.metadata.name}`));
      note(`no SuccessfulCreate yet for ${missing.map((o) => `${o.kind}/${o.metadata.name}`).join(", ")}`);
      return missing.length === 0;
    },
    120_000,
    1000,
  );
  const refused = (await kube().events(namespace))
    .filter((e) => /FailedCreate|forbidden|violates PodSecurity/i.test(e.text))
    .map((e) => e.text);
  expect(refused).toEqual([]);
}

describe("example specs", () => {
  let ns = "";
  beforeAll(async () => {
    ns = await kube().namespace("e2e-examples", true);
  });
  afterAll(async () => {
    if (ns) await kube().dropNamespace(ns);
  });

  it("includes every example file; the only one core rejects is the deliberately broken invalid.yaml", () => {
    expect(validExamples.length).toBeGreaterThanOrEqual(4);
    expect(exampleFiles.filter((f) => !validExamples.includes(f))).toEqual(["invalid.yaml"]);
  });

  it.each(validExamples)(
    "%s: accepted by a server-side apply dry-run, then a real apply, stored as sent",
    async (file) => {
      const objects = render(exampleSpecs(file));
      const dry = await applyAll(objects, ns, true);
      expect(dry.failures).toEqual([]);
      expect(storedDifferences(dry, ns)).toEqual([]);
      // A dry-run stores nothing.
      for (const object of objects) {
        expect((await kube().raw("GET", kube().objectPath(object, ns))).status).toBe(404);
      }
      const real = await applyAll(objects, ns, false);
      expect(real.failures).toEqual([]);
      expect(storedDifferences(real, ns)).toEqual([]);
      for (const object of objects) {
        expect((await kube().raw("GET", kube().objectPath(object, ns))).status).toBe(200);
      }
    },
  );

  it("their pods are admitted under Pod Security restricted, bare and through the controllers", async () => {
    const objects = validExamples.flatMap((file) => render(exampleSpecs(file)));
    expect(await podAdmission(objects, ns)).toEqual([]);
    await eventually("the example workloads to exist", async () => {
      const answers = await Promise.all(objects.map((o) => kube().raw("GET", kube().objectPath(o, ns))));
      return answers.every((a) => a.status === 200);
    });
    await expectControllersCreatedPods(objects, ns);
  });
});

describe(`generated corpus (${PER_KIND} valid specs per kind)`, () => {
  const { specs, dropped } = corpus(PER_KIND);
  const objects = specs.flatMap((spec) => render(spec));
  let ns = "";
  beforeAll(async () => {
    ns = await kube().namespace("e2e-corpus", true);
    console.log(
      `e2e corpus: ${specs.length} specs, ${objects.length} objects; ${dropped.length} generated specs dropped as invalid by core`,
    );
  });
  afterAll(async () => {
    if (ns) await kube().dropNamespace(ns);
  });

  it("is made of valid specs of all four kinds", () => {
    expect(new Set(specs.map((s) => s.kind))).toEqual(
      new Set(["Job", "CronJob", "DaemonSet", "StatefulSet"]),
    );
    expect(specs.length).toBeGreaterThanOrEqual(PER_KIND * 4 * 0.9);
  });

  it("every manifest is accepted by a server-side apply dry-run", async () => {
    const dry = await applyAll(objects, ns, true);
    expect(dry.failures).toEqual([]);
    expect(storedDifferences(dry, ns)).toEqual([]);
  });

  it("every manifest is accepted by a real apply and stored with every field podworks wrote", async () => {
    const real = await applyAll(objects, ns, false);
    expect(real.failures).toEqual([]);
    expect(real.stored.size).toBe(objects.length);
    expect(storedDifferences(real, ns)).toEqual([]);
  });

  it("every pod template is admitted under Pod Security restricted, bare and through the controllers", async () => {
    expect(await podAdmission(objects, ns)).toEqual([]);
    await expectControllersCreatedPods(objects, ns);
  });
});

describe("Pod Security restricted is really enforced", () => {
  it("a pod without podworks' security context is refused in the restricted namespace", async () => {
    const ns = await kube().namespace("e2e-psa", true);
    try {
      const answer = await kube().createPodDryRun(
        {
          apiVersion: "v1",
          kind: "Pod",
          metadata: { name: "plain" },
          spec: { containers: [{ name: "main", image: "busybox:1.37" }] },
        },
        ns,
      );
      expect(answer.status).toBe(403);
      expect(String(answer.body.message)).toMatch(/violates PodSecurity "restricted:latest"/);
    } finally {
      await kube().dropNamespace(ns);
    }
  });
});
