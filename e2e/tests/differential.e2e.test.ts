/**
 * Core against the API server, case by case: every family table's cases (packages/core/src/__fixtures__/cases/),
 * generated valid pod templates with every nested object, and seeded one-field mutations of them are judged by
 * core's `validate` and by the API server (POST create and server-side apply, both dry-run, strict field
 * validation) in a namespace without Pod Security enforcement, so what is compared is validation, not admission.
 * A spec core accepts and the server rejects (a false accept) fails the test; so does a spec core rejects and the
 * server accepts (a false reject), unless the case documents a deliberate podworks policy. See docs/e2e.md.
 */
import { writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  coreVerdict,
  type DiffCase,
  droppedFields,
  figure,
  generatedCases,
  type Judged,
  manifestsFor,
  outcomeOf,
  pooled,
  reportsPath,
  serverVerdict,
  tableCases,
} from "../src/differential.js";
import { kube } from "../src/kube.js";

const CONCURRENCY = 8;

function line(j: Judged): string {
  const core = j.core.ok ? "core accepts" : `core rejects at ${j.core.paths.slice(0, 3).join(", ")}`;
  const server = j.server ? (j.server.ok ? "server accepts" : `server: ${j.server.detail}`) : "";
  return `${j.c.id} [${j.c.source}; ${j.rendering}]: ${core}; ${server}`;
}

describe("differential: core's validate against the API server", () => {
  let ns = "";
  let serverMinor = "";
  let cases: DiffCase[] = [];
  let judged: Judged[] = [];

  beforeAll(async () => {
    ns = await kube().namespace("e2e-differential", false);
    const version = await kube().raw("GET", "/version");
    serverMinor = `${String(version.body.major)}.${String(version.body.minor).replace(/\D.*$/, "")}`;
    cases = [...(await tableCases()), ...generatedCases()];
    judged = await pooled(cases, CONCURRENCY, async (c): Promise<Judged> => {
      const core = coreVerdict(c);
      const target = c.kubernetesVersion;
      if (target && !`${target}.`.startsWith(`${serverMinor}.`)) {
        return { c, core, outcome: "other-version" };
      }
      const { objects, rendering } = manifestsFor(c, core);
      const server = await serverVerdict(objects, ns);
      const wrongPath = !core.ok && c.path !== undefined && !reportsPath(core.paths, c.path);
      const dropped = core.ok ? droppedFields(c, objects) : [];
      return { c, core, server, rendering, outcome: outcomeOf(c, core, server), wrongPath, dropped };
    });
    const summary = figure(judged);
    // The whole table, for a closer look: E2E_DIFFERENTIAL_REPORT=/tmp/differential.json e2e/run.sh ...
    const report = process.env.E2E_DIFFERENTIAL_REPORT;
    if (report) {
      const rows = judged.map((j) => ({
        id: j.c.id,
        source: j.c.source,
        outcome: j.outcome,
        core: j.core.ok ? "accepts" : j.core.paths,
        expectedPath: j.c.path,
        wrongPath: j.wrongPath ?? false,
        rendering: j.rendering,
        server: j.server && { create: j.server.create, apply: j.server.apply, detail: j.server.detail },
      }));
      writeFileSync(report, `${JSON.stringify({ summary, rows }, null, 2)}\n`);
    }
  }, 900_000);

  afterAll(async () => {
    // The figure, at the end of the file's output (vitest prints console output under the file), and at the
    // head of every failure message below.
    if (judged.length) console.log(figure(judged));
    if (ns) await kube().dropNamespace(ns);
  });

  it("runs at least 400 cases from every source: the family tables, generated templates and mutations", () => {
    expect(cases.length).toBeGreaterThanOrEqual(400);
    expect(new Set(cases.map((c) => c.origin))).toEqual(new Set(["table", "template", "mutation"]));
    // The namespace enforces nothing: what the server says is validation alone.
    expect(serverMinor).toMatch(/^1\.\d+$/);
  });

  it("the generated valid templates are accepted by core and the server alike (the mutations' starting points)", () => {
    const templates = judged.filter((j) => j.c.origin === "template");
    expect(templates.length).toBeGreaterThan(0);
    expect(templates.filter((j) => j.outcome !== "agree-accept").map(line)).toEqual([]);
  });

  it("the server gave a verdict on every case", () => {
    expect(
      judged.filter((j) => j.outcome === "no-verdict").map((j) => `${j.c.id}: ${j.server?.error}`),
    ).toEqual([]);
  });

  it("core never throws", () => {
    expect(judged.filter((j) => j.core.threw).map((j) => `${j.c.id}: ${j.core.threw}`)).toEqual([]);
  });

  it("no false accepts: every spec core accepts is accepted by the server", () => {
    const falseAccepts = judged.filter((j) => j.outcome === "false-accept").map(line);
    expect(falseAccepts, `${figure(judged)}\nfalse accepts:\n${falseAccepts.join("\n")}`).toEqual([]);
  });

  it("no false rejects: every spec core rejects without a documented policy is rejected by the server", () => {
    const falseRejects = judged.filter((j) => j.outcome === "false-reject").map(line);
    expect(falseRejects, `${figure(judged)}\nfalse rejects:\n${falseRejects.join("\n")}`).toEqual([]);
  });

  it("a rejected case that names a path is rejected at that path (or inside it, or on the object holding it)", () => {
    const wrong = judged.filter((j) => j.wrongPath).map((j) => `${line(j)} (expected ${j.c.path})`);
    expect(wrong, `${figure(judged)}\nrejected elsewhere:\n${wrong.join("\n")}`).toEqual([]);
  });

  it("what core accepts reaches the manifest: no pod or container field a case sets is dropped by the renderer", () => {
    const dropped = judged.filter((j) => j.dropped?.length).map((j) => `${j.c.id}: ${j.dropped?.join(", ")}`);
    expect(dropped).toEqual([]);
  });

  it("a deliberate policy is only ever a case the server accepts", () => {
    // A policy case the server rejects too is plain agreement: its policy text is then stale.
    const stale = judged.filter((j) => j.c.policy && j.outcome === "agree-reject").map(line);
    expect(stale).toEqual([]);
  });
});
