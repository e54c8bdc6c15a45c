import { createRequire } from "node:module";
import { join } from "node:path";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { CLI_DIR, podworks } from "./__tests__/run.js";
import type { JsonReport } from "./report.js";

const require = createRequire(import.meta.url);
const BROKEN = "packages/cli/src/__fixtures__/report/broken.yaml";
const golden = (name: string) => join(CLI_DIR, "src/__fixtures__/report", name);
/** Beta fields warn at 1.30, so the fixture has a warning beside its errors. */
const ARGS = ["validate", BROKEN, "--kubernetes-version", "1.30"];
const { version } = require("../package.json") as { version: string };
/** The tool's version in a report, as a placeholder: golden files survive a release. */
const unversioned = (text: string) =>
  text.replaceAll(`"version": "${version}"`, '"version": "<podworks version>"');

describe("validate --format", () => {
  it("text: problems and warnings on standard error, each with file:line:column", async () => {
    const result = await podworks(ARGS);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    await expect(result.stderr).toMatchFileSnapshot(golden("broken.txt"));
    expect(result.stderr).toContain(`${BROKEN}:16:11: schedule: `);
    // A missing field is placed at its parent: the document that lacks `containers`.
    expect(result.stderr).toContain(`${BROKEN}:24:1: containers: is required`);
  });

  it("json: the documented shape, both languages, severity and positions", async () => {
    const result = await podworks([...ARGS, "--format", "json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    await expect(unversioned(result.stdout)).toMatchFileSnapshot(golden("broken.json"));
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.version).toBe(1);
    expect(report.ok).toBe(false);
    expect(report.summary).toEqual({ files: 1, specs: 3, objects: 2, errors: 3, warnings: 1 });
    expect(report.issues.map((i) => [i.line, i.column, i.path, i.rule, i.severity])).toEqual([
      [10, 23, "backoffLimitPerIndex", "beta", "warning"],
      [16, 11, "schedule", "cron.range", "error"],
      [22, 9, "metadata.name", "format.dns1123-subdomain", "error"],
      [24, 1, "containers", "required", "error"],
    ]);
    for (const issue of report.issues) {
      expect(Object.keys(issue)).toEqual(
        expect.arrayContaining(["file", "line", "column", "path", "rule", "severity", "message", "fix"]),
      );
      expect(issue.file).toBe(BROKEN);
      expect(issue.message.ko).toMatch(/[가-힣]/);
      expect(issue.fix.ko).toMatch(/[가-힣]/);
    }
    expect(report.issues.find((i) => i.rule === "required")).not.toHaveProperty("value");
  });

  it("json: ok and an empty list when nothing is wrong, exit 0", async () => {
    const result = await podworks(["validate", "examples/specs/job.yaml", "--format", "json"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report).toMatchObject({ ok: true, issues: [], summary: { files: 1, specs: 1, errors: 0 } });
  });

  it("json: a file that cannot be read has no position and exit code 2", async () => {
    const result = await podworks(["validate", "missing.yaml", "--format", "json"]);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.issues).toEqual([
      expect.objectContaining({ file: "missing.yaml", line: null, column: null, rule: "file.unreadable" }),
    ]);
    expect(report.issues[0]!.message.ko).toContain("그런 파일이 없다");
  });

  it("sarif: a SARIF 2.1.0 log that its schema accepts", async () => {
    const result = await podworks([...ARGS, "--format", "sarif"]);
    expect(result.code).toBe(1);
    await expect(unversioned(result.stdout)).toMatchFileSnapshot(golden("broken.sarif"));
    const log = JSON.parse(result.stdout);
    // The schema is draft-04; Ajv 6 reads that draft once its meta-schema is added.
    const ajv = new Ajv({ schemaId: "id", allErrors: true });
    ajv.addMetaSchema(require("ajv/lib/refs/json-schema-draft-04.json"));
    const schema = require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
    const valid = ajv.validate(schema, log);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const [run] = log.runs;
    expect(run.results.map((r: { level: string }) => r.level)).toEqual([
      "warning",
      "error",
      "error",
      "error",
    ]);
    expect(run.results[1].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: BROKEN },
      region: { startLine: 16, startColumn: 11 },
    });
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual([
      "beta",
      "cron.range",
      "format.dns1123-subdomain",
      "required",
    ]);
    // The schema must be able to fail: a result without a message is not SARIF.
    delete run.results[0].message;
    expect(ajv.validate(schema, log)).toBe(false);
  });

  it("sarif: in Korean with --lang ko", async () => {
    const result = await podworks([...ARGS, "--format", "sarif", "--lang", "ko"]);
    const log = JSON.parse(result.stdout);
    expect(log.runs[0].results[1].message.text).toMatch(/^schedule: .*[가-힣].*해결: /);
  });

  it("github: one workflow command per issue, escaped", async () => {
    const result = await podworks([...ARGS, "--format", "github"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    await expect(result.stdout).toMatchFileSnapshot(golden("broken.github.txt"));
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      new RegExp(`^::warning file=${BROKEN.replace(/[.]/g, "\\.")},line=10,col=23,title=podworks beta::`),
    );
    expect(lines[1]).toMatch(/^::error file=[^,]+,line=16,col=11,title=podworks cron\.range::schedule: /);
    const escaped = await podworks(["validate", "-", "--format", "github"], {
      stdin: "kind: Job\nname: a,b\ncontainers: [{ name: c, image: busybox:1.37 }]\n",
    });
    // The file name `<stdin>` goes into a property; the message with its comma into the data.
    expect(escaped.stdout).toMatch(
      /^::error file=<stdin>,line=2,col=7,title=podworks format\.dns1123-label::name: /,
    );
    expect(escaped.stdout).not.toMatch(/\n./);
  });

  it("refuses an unknown format", async () => {
    const result = await podworks([...ARGS, "--format", "xml"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format must be one of text, json, sarif, github, not "xml"');
  });
});
