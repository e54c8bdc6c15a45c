import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { appliesInPlace, JOB_FIELD_UPDATES, patchedPaths, replacePaths } from "./job-updates.js";

const WHEN: Record<string, string> = {
  always: "always",
  "indexed-in-tandem": "Indexed Job, `completions` = `parallelism`",
  suspended: "while suspended and not started",
};

/** The README table as the list renders it. */
function table(): string {
  const rows = JOB_FIELD_UPDATES.map((row) => {
    const update = row.update === "replace" ? "replaces" : `in place (${WHEN[row.when ?? "always"]})`;
    const via = row.via === "patch" ? "JobPatch" : row.via === "job" ? "Job" : "";
    const since = row.since ? ` (since ${row.since})` : "";
    return `| \`${row.path}\` | ${update}${since} | ${via} | ${row.note.en} |`;
  });
  return ["| field | change | applied by | note |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

describe("JOB_FIELD_UPDATES", () => {
  it("is the table in the README", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const inside = /<!-- job-updates:start -->\n([\s\S]*?)\n<!-- job-updates:end -->/.exec(readme);
    expect(inside?.[1]).toBe(table());
  });

  it("has one row per path, each with a Korean note", () => {
    const paths = JOB_FIELD_UPDATES.map((row) => row.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const row of JOB_FIELD_UPDATES) expect(row.note.ko).toMatch(/[가-힣]/);
  });

  it("patches parallelism always, completions only in tandem on Indexed Jobs, the template only while suspended", () => {
    const ttl = "spec.ttlSecondsAfterFinished";
    expect(patchedPaths({})).toEqual(["spec.parallelism", ttl]);
    expect(patchedPaths({ completionMode: "Indexed", completions: 3, parallelism: 3 })).toEqual([
      "spec.parallelism",
      "spec.completions",
      ttl,
    ]);
    expect(patchedPaths({ completionMode: "Indexed", completions: 3, parallelism: 2 })).toEqual([
      "spec.parallelism",
      ttl,
    ]);
    expect(patchedPaths({ completionMode: "NonIndexed", completions: 3, parallelism: 3 })).toEqual([
      "spec.parallelism",
      ttl,
    ]);
    expect(patchedPaths({ suspend: true })).toContain("spec.template.spec.nodeSelector");
  });

  it("replaces on completions unless they change in place, never on parallelism or the in-place Job fields", () => {
    expect(replacePaths({})).toContain("spec.completions");
    expect(replacePaths({ completionMode: "Indexed", completions: 3, parallelism: 3 })).not.toContain(
      "spec.completions",
    );
    for (const shape of [{}, { suspend: true }]) {
      const paths = replacePaths(shape);
      for (const field of [
        "spec.parallelism",
        "spec.suspend",
        "spec.activeDeadlineSeconds",
        "spec.backoffLimit",
      ]) {
        expect(paths).not.toContain(field);
      }
      expect(paths).toContain("spec.template");
    }
  });

  it("gates scheduling gates on 1.27", () => {
    const gates = JOB_FIELD_UPDATES.find((row) => row.path === "spec.template.spec.schedulingGates")!;
    expect(appliesInPlace(gates, { suspend: true, kubernetesVersion: "1.26" })).toBe(false);
    expect(appliesInPlace(gates, { suspend: true, kubernetesVersion: "1.27" })).toBe(true);
    expect(appliesInPlace(gates, { suspend: false, kubernetesVersion: "1.36" })).toBe(false);
  });
});
