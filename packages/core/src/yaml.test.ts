import fc from "fast-check";
import { CORE_SCHEMA, load as jsYamlLoad, YAML11_SCHEMA } from "js-yaml";
import { describe, expect, it } from "vitest";
import { parse as yamlParse } from "yaml";
import { emitYaml } from "./yaml.js";

/** Every reader the output must satisfy: YAML 1.2 core (yaml, js-yaml) and YAML 1.1 (yaml, js-yaml). */
const READERS: Record<string, (text: string) => unknown> = {
  "yaml 1.2 core": (text) => yamlParse(text, { version: "1.2", schema: "core", uniqueKeys: true }),
  "yaml 1.1": (text) => yamlParse(text, { version: "1.1", uniqueKeys: true }),
  "js-yaml core": (text) => jsYamlLoad(text, { schema: CORE_SCHEMA }),
  "js-yaml 1.1": (text) => jsYamlLoad(text, { schema: YAML11_SCHEMA }),
};

function readsBack(value: unknown): void {
  const text = emitYaml(value);
  for (const [name, read] of Object.entries(READERS)) {
    let back: unknown;
    try {
      back = read(text);
    } catch (error) {
      throw new Error(`${name} could not read:\n${text}\n${String(error)}`);
    }
    expect(back, `${name} read back:\n${text}`).toStrictEqual(value);
  }
}

/**
 * Pieces strings are made of: ordinary letters, and every kind of text YAML treats specially (indicators,
 * words and numbers of other types, comment and mapping markers, line breaks, invisible characters, quotes,
 * document markers, non-ASCII and astral characters, a lone surrogate).
 */
const TRICKY = [
  "a",
  "Z",
  "0",
  "7",
  " ",
  "  ",
  "\n",
  "\t",
  "\r",
  ":",
  ": ",
  "#",
  " #",
  "-",
  "- ",
  "?",
  ",",
  "[",
  "]",
  "{",
  "}",
  "&",
  "*",
  "!",
  "|",
  ">",
  "'",
  '"',
  "%",
  "@",
  "`",
  "\\",
  "~",
  "=",
  "<<",
  "---",
  "...",
  ".",
  "+",
  "e",
  "_",
  "x",
  "o",
  "b",
  "yes",
  "No",
  "on",
  "OFF",
  "y",
  "n",
  "null",
  "Null",
  "true",
  "FALSE",
  ".inf",
  "-.Inf",
  ".nan",
  "0x1F",
  "0o17",
  "0b101",
  "0777",
  "1_000",
  "1:30",
  "1e3",
  "2001-12-14",
  "2001-12-14t21:59:43.10-05:00",
  "é",
  "한글",
  "\u00a0",
  "\u0085",
  "\u2028",
  "\u2029",
  "\ufeff",
  "\u3000",
  "\u007f",
  "\u0000",
  "\u001b",
  "😀",
  "\ud800",
];

const unit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
);
const trickyString = fc.string({ unit, maxLength: 8 });
const jsonValues = fc.jsonValue({ stringUnit: unit, maxDepth: 4 });

describe("emitYaml: reading the output back gives the value", () => {
  it("for generated JSON values (YAML 1.2 and 1.1 readers)", () => {
    fc.assert(fc.property(jsonValues, readsBack), { numRuns: 800 });
  }, 60_000);

  it("for strings made of YAML's special pieces, as values, keys and items", () => {
    fc.assert(
      fc.property(trickyString, trickyString, (text, key) => {
        readsBack({ [key]: text, list: [text, [text], { [key]: [text] }] });
        readsBack(text);
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it("for numbers of every size, integer or not", () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer()), (number) => {
        readsBack({ number, list: [number] });
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it.each([
    ["empty string", ""],
    ["number-like", "1.0"],
    ["YAML 1.1 boolean", "yes"],
    ["date", "2026-11-29"],
    ["leading space", " x"],
    ["trailing space", "x "],
    ["colon space", "a: b"],
    ["space hash", "a #b"],
    ["leading dash and space", "- x"],
    ["several lines", "line 1\nline 2"],
    ["trailing line break", "line\n"],
    ["two trailing line breaks", "line\n\n"],
    ["leading space in a block", " indented\nnext"],
    ["leading empty line", "\nfirst"],
    ["only line breaks", "\n\n"],
    ["only spaces", "   "],
    ["tab", "a\tb"],
    ["carriage return", "a\r\nb"],
    ["Korean and emoji", "한국어 😀"],
    ["lone surrogate", "a\udc00b"],
  ])("for a %s", (_, text) => {
    readsBack(text);
    readsBack({ key: text, [text]: 1, list: [text, { [text]: text }] });
  });

  it("for a key over 1024 characters (an explicit `?` key)", () => {
    const key = "k".repeat(1100);
    readsBack({ [key]: "v", nested: [{ [key]: { a: 1 } }] });
  });
});

describe("emitYaml: layout", () => {
  it("writes block style with two-space indentation, like js-yaml's dump", () => {
    const text = emitYaml({
      apiVersion: "v1",
      list: [{ name: "a", args: ["-f", "x y"] }, [1, 2], [], {}],
      empty: {},
      script: "echo 1\necho 2\n",
      quoted: ["yes", "0777", "*/5 * * * *", "", "a: b"],
      number: 3,
      flag: false,
      nothing: null,
    });
    expect(text).toBe(
      [
        "apiVersion: v1",
        "list:",
        "  - name: a",
        "    args:",
        "      - -f",
        "      - x y",
        "  - - 1",
        "    - 2",
        "  - []",
        "  - {}",
        "empty: {}",
        "script: |",
        "  echo 1",
        "  echo 2",
        "quoted:",
        "  - 'yes'",
        "  - '0777'",
        "  - '*/5 * * * *'",
        "  - ''",
        "  - 'a: b'",
        "number: 3",
        "flag: false",
        "nothing: null",
        "",
      ].join("\n"),
    );
  });

  it("leaves out what JSON leaves out and follows toJSON", () => {
    const value = { a: undefined, b: () => 1, c: [undefined], d: new Date(0), e: { toJSON: () => "x" } };
    expect(emitYaml(value)).toBe("c:\n  - null\nd: '1970-01-01T00:00:00.000Z'\ne: x\n");
    expect(emitYaml([])).toBe("[]\n");
    expect(emitYaml({})).toBe("{}\n");
    expect(emitYaml("---")).toBe("'---'\n");
    expect(emitYaml(null)).toBe("null\n");
  });

  it("refuses cycles and BigInts, as JSON.stringify does", () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => emitYaml(cycle)).toThrow(TypeError);
    expect(() => emitYaml({ big: 1n })).toThrow(TypeError);
  });

  it("writes a shared (not cyclic) object twice, without anchors", () => {
    const shared = { a: 1 };
    expect(emitYaml({ x: shared, y: shared })).toBe("x:\n  a: 1\n'y':\n  a: 1\n");
  });
});
