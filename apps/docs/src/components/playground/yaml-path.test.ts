import { section } from "@podworks/core";
import { describe, expect, it } from "vitest";
import { fieldAt, fieldsAt, kindFields, valuesOf } from "./fields";
import { contextAt, keyAt, kindAt } from "./yaml-path";

/** The text with `|` removed, and the offset where it was. */
function at(marked: string): [string, number] {
  const offset = marked.indexOf("|");
  if (offset < 0) throw new Error("no cursor mark");
  return [marked.slice(0, offset) + marked.slice(offset + 1), offset];
}

const JOB = `kind: Job
name: batch
containers:
  - name: import
    image: busybox:1.37
    resources:
      limits: { cpu: 100m }
`;

describe("contextAt", () => {
  it("finds a top-level key being typed", () => {
    const [text, offset] = at("kind: Job\nname: a\ncompl|\n");
    expect(contextAt(text, offset)).toEqual({ at: "key", steps: [], from: offset - 5, typed: "compl" });
  });

  it("finds a key inside a sequence item, after the item's first line", () => {
    const [text, offset] = at(`${JOB.replace("    resources:", "    imagePull|\n    resources:")}`);
    expect(contextAt(text, offset)).toMatchObject({
      at: "key",
      steps: [{ key: "containers" }, { item: true }],
      typed: "imagePull",
    });
  });

  it("finds the first key of a new sequence item", () => {
    const [text, offset] = at("kind: Job\ncontainers:\n  - na|");
    expect(contextAt(text, offset)).toMatchObject({
      steps: [{ key: "containers" }, { item: true }],
      typed: "na",
    });
  });

  it("finds a key nested under a mapping inside an item", () => {
    const [text, offset] = at(`${JOB}      requ|`);
    expect(contextAt(text, offset)).toMatchObject({
      steps: [{ key: "containers" }, { item: true }, { key: "resources" }],
      typed: "requ",
    });
  });

  it("skips blank lines and comments, and stops at the document's start", () => {
    const [text, offset] = at("kind: Job\ncontainers:\n  - name: a\n---\nkind: Job\n# a comment\n\nback|");
    expect(contextAt(text, offset)).toMatchObject({ steps: [], typed: "back" });
  });

  it("finds the value of a key being typed", () => {
    const [text, offset] = at("kind: Job\nrestartPolicy: Nev|");
    expect(contextAt(text, offset)).toEqual({
      at: "value",
      steps: [{ key: "restartPolicy" }],
      from: offset - 3,
      typed: "Nev",
    });
  });

  it("offers nothing inside a flow mapping or after a comment mark", () => {
    expect(contextAt(...at("limits: { cp|"))).toBeUndefined();
    expect(contextAt(...at("# compl|"))).toBeUndefined();
  });
});

describe("keyAt and kindAt", () => {
  it("names the key under the cursor with its path", () => {
    const offset = JOB.indexOf("image:") + 2;
    expect(keyAt(JOB, offset)).toEqual({
      steps: [{ key: "containers" }, { item: true }, { key: "image" }],
      from: JOB.indexOf("image:"),
      to: JOB.indexOf("image:") + "image".length,
    });
    expect(keyAt(JOB, JOB.indexOf("busybox"))).toBeUndefined();
  });

  it("reads each document's kind, and none for a Kubernetes object", () => {
    const text = "kind: Job\nname: a\n---\nkind: CronJob\nname: b\n---\napiVersion: v1\nkind: ConfigMap\n";
    expect(kindAt(text, 2)).toBe("Job");
    expect(kindAt(text, text.indexOf("name: b"))).toBe("CronJob");
    expect(kindAt(text, text.indexOf("ConfigMap"))).toBeUndefined();
  });
});

describe("the catalogue at a path", () => {
  it("offers a Job's own, pod and metadata fields at the top level", () => {
    const fields = fieldsAt("Job", [])!;
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(["completions", "containers", "labels"]));
    expect(fields.completions).toBe(section("job").fields.completions);
    expect(fieldsAt("CronJob", [])).toHaveProperty("schedule");
    expect(fieldsAt("Job", [])).not.toHaveProperty("schedule");
    expect(fieldsAt("ConfigMap", [])).toBeUndefined();
  });

  it("descends into containers (a section named by items) and their nested sections", () => {
    expect(fieldsAt("Job", [{ key: "containers" }, { item: true }])).toBe(section("container").fields);
    const resources = fieldsAt("Job", [{ key: "containers" }, { item: true }, { key: "resources" }]);
    expect(resources).toHaveProperty("limits");
    expect(fieldsAt("Job", [{ key: "containers" }])).toBeUndefined();
    expect(fieldsAt("Job", [{ key: "name" }])).toBeUndefined();
  });

  it("descends into inline nested fields (a CronJob's jobTemplate)", () => {
    expect(fieldsAt("CronJob", [{ key: "jobTemplate" }])).toHaveProperty("backoffLimit");
  });

  it("finds a field and its completion values", () => {
    const restart = fieldAt("Job", [{ key: "restartPolicy" }])!;
    expect(restart.name).toBe("restartPolicy");
    expect(valuesOf(restart.def)).toEqual(kindFields("Job").restartPolicy!.enum);
    expect(valuesOf(restart.def).length).toBeGreaterThan(1);
    expect(fieldAt("Job", [{ key: "noSuchField" }])).toBeUndefined();
    expect(fieldAt("Job", [{ key: "toString" }])).toBeUndefined();
  });
});
