import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { parseSpecs } from "./parse.js";

const JOB = [
  "kind: Job", // 1
  "name: pi", // 2
  "labels:", // 3
  "  app.kubernetes.io/name: pi", // 4
  "containers:", // 5
  "  - name: pi", // 6
  "    image: busybox:1.37", // 7
  "    resources:", // 8
  "      limits: { cpu: 2x }", // 9
].join("\n");

describe("parseSpecs", () => {
  it("reads every YAML document and every element of a JSON array, in order", () => {
    const text = `${JOB}\n---\n# only a comment\n---\n[{"kind": "Job", "name": "a"}, {"kind": "CronJob", "name": "b"}]\n`;
    const parsed = parseSpecs(text);
    expect(parsed.issues).toEqual([]);
    expect(parsed.specs.map((spec) => (spec as { name: string }).name)).toEqual(["pi", "a", "b"]);
    expect(parsed.documents.map((document) => document.document)).toEqual([1, 3, 3]);
    expect(parsed.documents.map((document) => document.position)).toEqual([
      { line: 1, column: 1 },
      { line: 13, column: 2 },
      { line: 13, column: 32 },
    ]);
    expect(parsed.documents[2]!.locate("name")).toEqual({ line: 13, column: 60 });
  });

  it("locates values by podworks path, through lists and keys that hold dots", () => {
    const [document] = parseSpecs(JOB).documents;
    expect(document!.locate("")).toEqual({ line: 1, column: 1 });
    expect(document!.locate("name")).toEqual({ line: 2, column: 7 });
    expect(document!.locate("labels.app.kubernetes.io/name")).toEqual({ line: 4, column: 27 });
    expect(document!.locate("containers[0].image")).toEqual({ line: 7, column: 12 });
    expect(document!.locate("containers[0].resources.limits.cpu")).toEqual({ line: 9, column: 22 });
  });

  it("gives the deepest existing parent for a missing value", () => {
    const [document] = parseSpecs(JOB).documents;
    expect(document!.locate("containers[0].resources.requests.memory")).toEqual({ line: 9, column: 7 });
    expect(document!.locate("containers[3].image")).toEqual({ line: 6, column: 3 });
    expect(document!.locate("schedule")).toEqual({ line: 1, column: 1 });
  });

  it("locates a key written without a value right after its colon", () => {
    const [document] = parseSpecs("kind: Job\nname:\n").documents;
    expect(document!.locate("name")).toEqual({ line: 2, column: 6 });
  });

  it("keeps yes, no and on as strings (YAML 1.2) and reads JSON", () => {
    expect(parseSpecs("a: yes\nb: no\nc: on\n").specs).toEqual([{ a: "yes", b: "no", c: "on" }]);
    expect(parseSpecs('{"kind": "Job", "parallelism": 2}').specs).toEqual([{ kind: "Job", parallelism: 2 }]);
  });

  it("turns syntax errors into issues with line and column, in both languages, and keeps no spec", () => {
    const parsed = parseSpecs("kind: Job\nname: pi\ncontainers:\n  - name: pi\n   image: busybox\n");
    expect(parsed.specs).toEqual([]);
    expect(parsed.documents).toEqual([]);
    expect(parsed.issues.length).toBeGreaterThan(0);
    const [first] = parsed.issues;
    expect(first).toMatchObject({ rule: "yaml.syntax", severity: "error", path: "", line: 5 });
    expect(first!.message.en).toMatch(/^the file is not valid YAML or JSON at line 5, column \d+: /);
    expect(first!.message.ko).toMatch(/^파일이 5행 \d+열에서 /);
    expect(first!.fix.ko).toMatch(/[가-힣]/);
  });

  it("words every syntax error in Korean, without the parser's English sentence, keeping line and column", () => {
    const broken: Record<string, string> = {
      MISSING_CHAR: 'kind: Job\nname: "pi\n',
      TAB_AS_INDENT: "kind: Job\nlabels:\n\tapp: pi\n",
      BAD_SCALAR_START: "kind: Job\nname: @pi\n",
      BAD_INDENT: "kind: Job\nargs: [a, b\n",
      BLOCK_AS_IMPLICIT_KEY: "kind: Job\nname: pi: x\n",
      BAD_DQ_ESCAPE: 'kind: Job\nname: "\\q"\n',
      MULTIPLE_ANCHORS: "kind: Job\nname: &a &b pi\n",
      MULTILINE_IMPLICIT_KEY: "kind: Job\nname\nimage: busybox\n",
      UNEXPECTED_TOKEN: "kind: Job\n]\n",
    };
    for (const [code, text] of Object.entries(broken)) {
      const [issue] = parseSpecs(text).issues;
      expect(issue, code).toBeDefined();
      const english = parseAllDocuments(text, { uniqueKeys: true, prettyErrors: false })
        .flatMap((doc) => doc.errors)
        .find((error) => error.code === code);
      expect(english, `${code} is what the parser reports for ${JSON.stringify(text)}`).toBeDefined();
      expect(issue!.message.en, code).toContain(english!.message);
      expect(issue!.message.ko, code).toMatch(new RegExp(`^파일이 ${issue!.line}행 ${issue!.column}열에서 `));
      expect(issue!.message.ko, code).not.toContain(english!.message);
      // No run of English words: YAML, JSON, alias and `a: b: c` are all the Latin letters a Korean message holds.
      expect(issue!.message.ko, code).not.toMatch(/[A-Za-z]{2,} [A-Za-z]{2,}/);
      expect(issue!.message.ko, code).toMatch(/[가-힣]/);
    }
  });

  it("refuses a key written twice, where it is written the second time", () => {
    const [issue] = parseSpecs("kind: Job\nname: a\nname: b\n").issues;
    expect(issue).toMatchObject({ line: 3, column: 1 });
    expect(issue!.message.en).toContain("a key appears twice");
    expect(issue!.message.ko).toContain("같은 키가 두 번");
  });

  it("stops an alias bomb instead of expanding it", () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) {
      const prev = String.fromCharCode(97 + i);
      const next = String.fromCharCode(98 + i);
      lines.push(`${next}: &${next} [${Array(10).fill(`*${prev}`).join(",")}]`);
    }
    const parsed = parseSpecs(lines.join("\n"));
    expect(parsed.specs).toEqual([]);
    expect(parsed.issues[0]?.rule).toBe("yaml.syntax");
  });

  it("finds no specs in an empty file or one with comments only", () => {
    expect(parseSpecs("")).toEqual({ specs: [], documents: [], issues: [] });
    expect(parseSpecs("# nothing\n---\n").specs).toEqual([]);
  });
});
