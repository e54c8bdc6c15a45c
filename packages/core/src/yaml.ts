/**
 * A YAML emitter for JSON-shaped data: plain objects, arrays, strings, numbers, booleans and null, which is
 * all a Kubernetes manifest holds. It writes block style with two-space indentation, the layout js-yaml's
 * `dump` uses, and it is many times faster because it never builds a document tree: it walks the value once
 * and appends to one string (see docs/decisions/0006-yaml-emitter.md).
 *
 * Strings are written plain when every YAML reader gives them back as the same string, and quoted otherwise.
 * "Every reader" includes YAML 1.1 ones (go-yaml v2 behind `kubectl`, PyYAML), so `yes`, `on`, `n`, `0777`,
 * `1_000`, `1:30` and dates are quoted as well as what YAML 1.2 reads as a number, boolean or null.
 * - single quotes for a one-line string that has only printable characters;
 * - a literal block (`|`, `|-`, `|+`) for a string of several lines;
 * - double quotes with escapes for anything else (tabs, control and invisible characters, lone surrogates).
 *
 * Values JSON.stringify leaves out are left out here too (undefined, functions and symbols as object values;
 * they become null in arrays), `toJSON` is honoured, and a cycle or a bigint throws a TypeError.
 */

/** The two-space indentations, by depth, built on first use. */
const INDENTS: string[] = [""];

function indentOf(depth: number): string {
  while (INDENTS.length <= depth) INDENTS.push(`${INDENTS[INDENTS.length - 1]}  `);
  return INDENTS[depth]!;
}

/** Words YAML 1.1 or 1.2 reads as a boolean or null (YAML 1.1 also reads `=` as a value and `<<` as merge). */
const RESERVED = new Set([
  "",
  "~",
  "null",
  "Null",
  "NULL",
  "true",
  "True",
  "TRUE",
  "false",
  "False",
  "FALSE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "on",
  "On",
  "ON",
  "off",
  "Off",
  "OFF",
  "=",
  "<<",
]);

/**
 * What YAML 1.1 or 1.2 (core schema) reads as a number or a timestamp: integers in every base and with
 * underscores, sexagesimal numbers, floats with or without digits around the point, infinities, NaN, dates.
 * Only tested on strings that start with a digit, a sign, a point or an `e`.
 */
const NUMBER_LIKE = new RegExp(
  [
    // integers: decimal (with YAML 1.1 underscores), 0b, 0o, 0x, YAML 1.1 octal, sexagesimal
    "[-+]?[0-9][0-9_]*",
    "[-+]?0b[01_]+",
    "[-+]?0o[0-7_]+",
    "[-+]?0x[0-9a-fA-F_]+",
    "[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?",
    // floats: YAML 1.2 core, and YAML 1.1 where a lone point (".") and a bare exponent ("e5") are floats
    "[-+]?(?:\\.[0-9]+|[0-9][0-9_]*(?:\\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?",
    "[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?",
    "[-+]?(?:[0-9][0-9_]*)?(?:\\.[0-9_]*)?[eE][-+]?[0-9]+",
    "[-+]?\\.(?:inf|Inf|INF)",
    "\\.(?:nan|NaN|NAN)",
    // timestamps: a date, optionally followed by a time and a zone
    "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?",
  ]
    .map((part) => `(?:${part})`)
    .join("|")
    .replace(/^/, "^(?:")
    .replace(/$/, ")$"),
);

const SPACE = 0x20;
const COLON = 0x3a;
const HASH = 0x23;

/** The first characters a plain scalar may not start with (the YAML indicators but `-`, `?` and `:`). */
const FORBIDDEN_FIRST = new Set([..."-?:,[]{}#&*!|>'\"%@`"].map((c) => c.charCodeAt(0)));

/** Characters that force double quotes: tabs, controls, DEL to NBSP, line and paragraph separators, BOM. */
function needsEscape(code: number): boolean {
  return (
    code < SPACE ||
    (code >= 0x7f && code <= 0xa0) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xfeff ||
    code === 0xfffe ||
    code === 0xffff
  );
}

// How a string is written. PLAIN and SINGLE need one line of printable characters; LITERAL needs several.
const PLAIN = 0;
const SINGLE = 1;
const LITERAL = 2;
const DOUBLE = 3;

/**
 * Chooses the style of a string. A `topLevel` string (a document of its own) is never a literal block, and
 * neither is a key (`isKey`).
 */
function styleOf(text: string, topLevel: boolean, isKey = false): number {
  const length = text.length;
  if (length === 0) return SINGLE;
  let plain = true;
  let lines = false;
  const first = text.charCodeAt(0);
  if (first === SPACE || text.charCodeAt(length - 1) === SPACE) {
    plain = false;
  } else if (FORBIDDEN_FIRST.has(first)) {
    // `-`, `?` and `:` may start a plain scalar when a non-space character follows.
    const second = length > 1 ? text.charCodeAt(1) : SPACE;
    if (!((first === 0x2d || first === 0x3f || first === COLON) && second > SPACE)) plain = false;
  }
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x21 && code <= 0x7e) {
      if (code === COLON) {
        if (i + 1 === length || text.charCodeAt(i + 1) === SPACE) plain = false;
      } else if (code === HASH) {
        if (text.charCodeAt(i - 1) === SPACE) plain = false;
      }
      continue;
    }
    if (code === SPACE) continue;
    if (code === 0x0a) {
      lines = true;
      plain = false;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      // A surrogate pair is one printable character; a lone surrogate can only be escaped.
      const next = text.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return DOUBLE;
    }
    if (needsEscape(code)) return DOUBLE;
  }
  if (lines) {
    if (isKey) return DOUBLE;
    // Whitespace-only text and a top-level document keep to double quotes; js-yaml does the same.
    if (topLevel || text.trim() === "") return DOUBLE;
    return LITERAL;
  }
  if (!plain) return SINGLE;
  if (RESERVED.has(text)) return SINGLE;
  if (first <= 0x39 || first === 0x65 || first === 0x45) {
    // Starts with a digit, a sign or a point (anything at or below '9' that got this far), or with an
    // exponent's "e" (YAML 1.1 reads "e5" as a float).
    if (NUMBER_LIKE.test(text)) return SINGLE;
  }
  // At the start of a line (a top-level key or scalar), `---` and `...` mark documents: quote them anywhere.
  if (first === 0x2d || first === 0x2e) {
    if (text.startsWith("---") || text.startsWith("...")) return SINGLE;
  }
  return PLAIN;
}

function singleQuoted(text: string): string {
  return `'${text.includes("'") ? text.replaceAll("'", "''") : text}'`;
}

const ESCAPES: Record<number, string> = {
  0: "\\0",
  7: "\\a",
  8: "\\b",
  9: "\\t",
  10: "\\n",
  11: "\\v",
  12: "\\f",
  13: "\\r",
  27: "\\e",
  34: '\\"',
  92: "\\\\",
  133: "\\N",
  8232: "\\L",
  8233: "\\P",
};

function hex(code: number, digits: number): string {
  return code.toString(16).toUpperCase().padStart(digits, "0");
}

function doubleQuoted(text: string): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let escaped: string | undefined;
    if (code === 0x22 || code === 0x5c || needsEscape(code)) {
      escaped = ESCAPES[code] ?? (code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`);
    } else if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      escaped = `\\u${hex(code, 4)}`;
    }
    if (escaped !== undefined) {
      out += text.slice(start, i) + escaped;
      start = i + 1;
    }
  }
  return `${out + text.slice(start)}"`;
}

/**
 * A literal block scalar: the header (`|` with an indentation indicator when the text starts with a space
 * after any empty lines, and `-` to strip or `+` to keep final line breaks), then each line indented.
 */
function literal(text: string, indent: string): string {
  let header = "|";
  let i = 0;
  while (text.charCodeAt(i) === 0x0a) i++;
  if (text.charCodeAt(i) === SPACE) header += "2";
  const endsWithBreak = text.charCodeAt(text.length - 1) === 0x0a;
  if (!endsWithBreak) header += "-";
  else if (text.length === 1 || text.charCodeAt(text.length - 2) === 0x0a) header += "+";
  const body = endsWithBreak ? text.slice(0, -1) : text;
  let out = `${header}\n`;
  let start = 0;
  for (;;) {
    const end = body.indexOf("\n", start);
    const line = end === -1 ? body.slice(start) : body.slice(start, end);
    out += line === "" ? "\n" : `${indent}${line}\n`;
    if (end === -1) return out;
    start = end + 1;
  }
}

/**
 * A number as YAML 1.2 and 1.1 both read it: YAML 1.1 floats need a point in the mantissa, so JavaScript's
 * `1e+21` is written `1.e+21` (as js-yaml does); the exponent always has its sign.
 */
function numberText(value: number): string {
  if (Number.isFinite(value)) {
    if (Object.is(value, -0)) return "-0";
    const text = String(value);
    const e = text.indexOf("e");
    return e === -1 || text.lastIndexOf(".", e) !== -1 ? text : `${text.slice(0, e)}.${text.slice(e)}`;
  }
  return Number.isNaN(value) ? ".nan" : value > 0 ? ".inf" : "-.inf";
}

/** Key texts with their colon, cached: manifests repeat a few hundred keys over and over. */
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 4096;

/** YAML's implicit keys are limited to 1024 characters; longer keys are written as explicit `? key` entries. */
const LONG_KEY = 1000;

function keyText(key: string): string {
  const cached = KEY_CACHE.get(key);
  if (cached !== undefined) return cached;
  // A key is one line: a key with line breaks gets double quotes, not a literal block.
  const style = styleOf(key, false, true);
  const text = style === PLAIN ? key : style === SINGLE ? singleQuoted(key) : doubleQuoted(key);
  const withColon = `${text}:`;
  if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
  KEY_CACHE.set(key, withColon);
  return withColon;
}

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

class Emitter {
  out = "";
  /** The objects and arrays being written, to refuse cycles as JSON.stringify does. */
  readonly open: object[] = [];

  /** A value's `toJSON`, as JSON.stringify calls it. */
  resolve(value: unknown, key: string): unknown {
    if (
      typeof value === "object" &&
      value !== null &&
      typeof (value as { toJSON?: unknown }).toJSON === "function"
    ) {
      return (value as { toJSON(key: string): unknown }).toJSON(key);
    }
    if (typeof value === "bigint")
      throw new TypeError("YAML: a BigInt cannot be written as JSON-shaped data");
    return value;
  }

  enter(value: object): void {
    if (this.open.includes(value)) throw new TypeError("YAML: the value contains a cycle");
    this.open.push(value);
  }

  /**
   * Writes what follows a key's colon or a sequence dash: ` scalar\n`, or a nested collection. `depth` is
   * the depth of the nested collection's entries.
   */
  value(value: unknown, depth: number, inSequence: boolean): void {
    if (value === null) {
      this.out += " null\n";
      return;
    }
    switch (typeof value) {
      case "string": {
        const style = styleOf(value, false);
        if (style === PLAIN) this.out += ` ${value}\n`;
        else if (style === SINGLE) this.out += ` ${singleQuoted(value)}\n`;
        else if (style === LITERAL) this.out += ` ${literal(value, indentOf(depth))}`;
        else this.out += ` ${doubleQuoted(value)}\n`;
        return;
      }
      case "number":
        this.out += ` ${numberText(value)}\n`;
        return;
      case "boolean":
        this.out += value ? " true\n" : " false\n";
        return;
      case "object":
        if (Array.isArray(value)) {
          if (value.length === 0) {
            this.out += " []\n";
          } else if (inSequence) {
            // A sequence in a sequence starts on the dash's line: `- - a`.
            this.out += " ";
            this.sequence(value, depth, true);
          } else {
            this.out += "\n";
            this.sequence(value, depth, false);
          }
          return;
        }
        if (!hasKeys(value)) {
          this.out += " {}\n";
        } else if (inSequence) {
          // A mapping in a sequence starts on the dash's line: `- name: main`.
          this.out += " ";
          this.mapping(value as Record<string, unknown>, depth, true);
        } else {
          this.out += "\n";
          this.mapping(value as Record<string, unknown>, depth, false);
        }
        return;
      default:
        // undefined, functions and symbols: null, as in a JSON array (object entries never get here).
        this.out += " null\n";
    }
  }

  mapping(object: Record<string, unknown>, depth: number, inline: boolean): void {
    this.enter(object);
    const indent = indentOf(depth);
    let first = inline;
    for (const key in object) {
      if (!Object.hasOwn(object, key)) continue;
      let value = object[key];
      if (typeof value === "object" || typeof value === "bigint") value = this.resolve(value, key);
      if (value === undefined || typeof value === "function" || typeof value === "symbol") continue;
      const text = keyText(key);
      if (text.length > LONG_KEY) {
        this.out += `${first ? "" : indent}? ${text.slice(0, -1)}\n${indent}:`;
      } else {
        this.out += first ? text : indent + text;
      }
      first = false;
      this.value(value, depth + 1, false);
    }
    this.open.pop();
  }

  sequence(array: readonly unknown[], depth: number, inline: boolean): void {
    this.enter(array);
    const indent = indentOf(depth);
    for (let i = 0; i < array.length; i++) {
      this.out += i === 0 && inline ? "-" : `${indent}-`;
      let value = array[i];
      if (typeof value === "object" || typeof value === "bigint") value = this.resolve(value, String(i));
      this.value(value, depth + 1, true);
    }
    this.open.pop();
  }
}

/** Whether an object has an own enumerable key whose value JSON would write. */
function hasKeys(object: object): boolean {
  for (const key in object) {
    if (!Object.hasOwn(object, key)) continue;
    const value = (object as Record<string, unknown>)[key];
    if (value !== undefined && typeof value !== "function" && typeof value !== "symbol") return true;
  }
  return false;
}

/**
 * One YAML document (without a `---` line) for a JSON-shaped value, ending in a line break. Reading it back
 * with any YAML 1.1 or 1.2 reader gives the value JSON.stringify would describe.
 */
export function emitYaml(value: Json | unknown): string {
  const emitter = new Emitter();
  const resolved = emitter.resolve(value, "");
  if (resolved !== null && typeof resolved === "object") {
    if (Array.isArray(resolved)) {
      if (resolved.length === 0) return "[]\n";
      emitter.sequence(resolved, 0, false);
    } else {
      if (!hasKeys(resolved)) return "{}\n";
      emitter.mapping(resolved as Record<string, unknown>, 0, false);
    }
    return emitter.out;
  }
  switch (typeof resolved) {
    case "string": {
      const style = styleOf(resolved, true);
      return `${style === PLAIN ? resolved : style === SINGLE ? singleQuoted(resolved) : doubleQuoted(resolved)}\n`;
    }
    case "number":
      return `${numberText(resolved)}\n`;
    case "boolean":
      return `${resolved}\n`;
    default:
      return "null\n";
  }
}
