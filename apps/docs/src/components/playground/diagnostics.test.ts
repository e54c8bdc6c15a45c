import { toYaml, validate, type WorkloadSpec } from "@podworks/core";
import { parseSpecs } from "@podworks/core/parse";
import { describe, expect, it } from "vitest";
import { TEMPLATES } from "../../lib/templates";
import { checkText } from "./diagnostics";

const BAD = `kind: Job
name: batch
containers:
  - name: import
    image: busybox:1.37
    restartPolicy: Sometimes
completions: -1
`;

describe("checkText", () => {
  it("places each problem at its field's line and column, in file order", () => {
    const checked = checkText(BAD);
    const expected = validate(parseSpecs(BAD).specs[0]);
    expect(expected.ok).toBe(false);
    expect(checked.problems).toHaveLength(expected.issues.length);
    const lines = checked.problems.map((p) => p.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    const completions = checked.problems.find((p) => p.issue.path === "completions")!;
    expect(completions).toMatchObject({ line: 7, column: 14, severity: "error" });
    expect(BAD.slice(completions.from, completions.to)).toBe("-1");
    expect(checked.errors).toBeGreaterThan(0);
    expect(checked.yaml).toBeUndefined();
    expect(checked.text).toBe(BAD);
  });

  it("places a problem of a missing field at its nearest parent", () => {
    const text = "kind: Job\nname: batch\ncontainers:\n  - name: a\n";
    const missing = checkText(text).problems.find((p) => p.issue.path.startsWith("containers[0]"))!;
    expect(missing.issue.rule).toBe("required");
    expect(missing.line).toBe(4);
  });

  it("reports a syntax error where the parser stopped, with both languages", () => {
    const text = "kind: Job\nname: a\ncontainers:\n\t- name: b\n";
    const { problems, specs, yaml } = checkText(text);
    expect(specs).toEqual([]);
    expect(yaml).toBeUndefined();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.issue.rule).toBe("yaml.syntax");
    const first = parseSpecs(text).issues[0]!;
    expect(problems[0]!).toMatchObject({ line: first.line, column: first.column });
    expect(problems[0]!.line).toBe(4);
    expect(problems[0]!.issue.message.ko).toMatch(/[\uac00-\ud7a3]/);
  });

  it("counts lines per document across ---", () => {
    const text = `${TEMPLATES.Job.en}---\n${BAD}`;
    const offset = TEMPLATES.Job.en.split("\n").length; // the BAD document starts after the separator line
    const completions = checkText(text).problems.find((p) => p.issue.path === "completions")!;
    expect(completions.line).toBe(offset + 7);
    expect(completions.subject).toBe('Job "batch"');
  });

  it("renders the YAML of valid specs, as core does", () => {
    const checked = checkText(TEMPLATES.CronJob.en, "1.33");
    expect(checked.errors).toBe(0);
    expect(checked.yaml).toBe(
      toYaml(parseSpecs(TEMPLATES.CronJob.en).specs as WorkloadSpec[], { kubernetesVersion: "1.33" }),
    );
  });
});
