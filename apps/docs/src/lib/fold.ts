/**
 * Folding a long rendered manifest down to the part a section talks about. An example names one or more paths
 * into the rendered objects (`spec.template.spec.containers[0].volumeMounts`); the excerpt keeps those values
 * whole, the keys that lead to them, and what identifies each object and list item on the way (`apiVersion`,
 * `kind`, `metadata.name`, an item's `name`). Every other run of keys or items becomes one `# ...` line, so the
 * excerpt is still valid YAML whose values all come from the full manifest. Every value is written by core's
 * emitter (`manifestsToYaml`); this module only indents its lines and adds the elision comments.
 * Runs in Node while the site is built; pages receive the finished text.
 */
import { type AnyKubernetesObject, manifestsToYaml } from "@podworks/core";
import { parseAllDocuments } from "yaml";

export type FoldStep = string | number;

/** What an excerpt shows of an object or list: all of it, or some children (by key or index). */
type Keep = true | Map<FoldStep, Keep>;

const ELISION = "# ...";

/**
 * Splits a path into keys and list indexes: `a.b[0].c`, with `["kubernetes.io/os"]` for a key that holds dots.
 * Throws on anything else, naming the path and the place it stopped making sense.
 */
export function parseFoldPath(path: string): FoldStep[] {
  const steps: FoldStep[] = [];
  const token = /\.?([A-Za-z_$][\w$-]*)|\[(\d+)\]|\["([^"]+)"\]/y;
  let at = 0;
  while (at < path.length) {
    token.lastIndex = at;
    const match = token.exec(path);
    if (match === null || (at === 0 && match[0].startsWith("."))) {
      throw new Error(
        `show="${path}": cannot read the path at character ${at + 1}; write keys with dots and list items as ` +
          '[0], for example spec.template.spec.containers[0].volumeMounts (a key with dots as ["kubernetes.io/os"])',
      );
    }
    steps.push(match[1] ?? (match[2] !== undefined ? Number(match[2]) : match[3]!));
    at = token.lastIndex;
  }
  if (steps.length === 0) throw new Error(`show="${path}": the path is empty`);
  return steps;
}

/** Splits `show` into its paths: several are separated by commas or spaces. */
export function foldPaths(show: string): string[] {
  return show
    .split(/[\s,]+/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function child(value: unknown, step: FoldStep): unknown {
  if (typeof step === "number") return Array.isArray(value) ? value[step] : undefined;
  return isObject(value) && Object.hasOwn(value, step) ? value[step] : undefined;
}

/** Adds a path to the keep tree, and the `name` of every list item the path passes through. */
function keepPath(keep: Map<FoldStep, Keep>, value: unknown, steps: readonly FoldStep[]): void {
  let node = keep;
  let current = value;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    const next = child(current, step);
    if (i === steps.length - 1) {
      node.set(step, true);
      return;
    }
    const existing = node.get(step);
    if (existing === true) return;
    const inner = existing ?? new Map<FoldStep, Keep>();
    node.set(step, inner);
    if (typeof step === "number" && isObject(next) && "name" in next && !inner.has("name"))
      inner.set("name", true);
    node = inner;
    current = next;
  }
}

function resolves(value: unknown, steps: readonly FoldStep[]): boolean {
  let current = value;
  for (const step of steps) {
    current = child(current, step);
    if (current === undefined) return false;
  }
  return true;
}

function indent(lines: readonly string[], depth: number): string[] {
  const pad = "  ".repeat(depth);
  return lines.map((line) => pad + line);
}

/** `key: value` as core writes it, as lines at the given depth. */
function entryLines(key: string, value: unknown, depth: number): string[] {
  const text = manifestsToYaml([{ [key]: value } as unknown as AnyKubernetesObject]);
  return indent(text.replace(/\n$/, "").split("\n"), depth);
}

/** One list item as core writes it (`- ...` and its continuation), as lines at the given depth. */
function itemLines(item: unknown, depth: number): string[] {
  const lines = entryLines("_", [item], 0).slice(1);
  // Core indents a list two spaces below its key; the item's dash belongs at `depth`.
  return indent(
    lines.map((line) => line.slice(2)),
    depth,
  );
}

function pushElision(out: string[], depth: number): void {
  const line = "  ".repeat(depth) + ELISION;
  if (out.at(-1) !== line) out.push(line);
}

/** The lines of a partly shown mapping's entries, at `depth`. */
function mappingLines(value: Record<string, unknown>, keep: Map<FoldStep, Keep>, depth: number): string[] {
  const out: string[] = [];
  // An item's `name` leads, so the excerpt's item starts with what identifies it.
  const keys = Object.keys(value);
  const ordered = keep.has("name") ? ["name", ...keys.filter((k) => k !== "name")] : keys;
  for (const key of ordered) {
    const kept = keep.get(key);
    if (kept === undefined) {
      pushElision(out, depth);
    } else if (kept === true || !(isObject(value[key]) || Array.isArray(value[key]))) {
      out.push(...entryLines(key, value[key], depth));
    } else {
      out.push(`${"  ".repeat(depth)}${key}:`);
      out.push(...nestedLines(value[key], kept, depth + 1));
    }
  }
  return out;
}

/** The lines of a partly shown list's items: each dash at `depth`. */
function sequenceLines(value: readonly unknown[], keep: Map<FoldStep, Keep>, depth: number): string[] {
  const out: string[] = [];
  value.forEach((item, index) => {
    const kept = keep.get(index);
    if (kept === undefined) {
      pushElision(out, depth);
    } else if (kept === true || !(isObject(item) || Array.isArray(item))) {
      out.push(...itemLines(item, depth));
    } else {
      const inner = nestedLines(item, kept, depth + 1);
      // Comments may sit anywhere; the dash goes on the item's first line of data.
      const first = inner.findIndex((line) => !line.trimStart().startsWith("#"));
      if (first === -1) {
        out.push(`${"  ".repeat(depth)}-`, ...inner);
      } else {
        out.push(...inner.slice(0, first));
        out.push(`${"  ".repeat(depth)}- ${inner[first]!.trimStart()}`, ...inner.slice(first + 1));
      }
    }
  });
  return out;
}

function nestedLines(value: unknown, keep: Map<FoldStep, Keep>, depth: number): string[] {
  if (Array.isArray(value)) return sequenceLines(value, keep, depth);
  return mappingLines(value as Record<string, unknown>, keep, depth);
}

export interface FoldedManifest {
  /** The excerpt: the shown paths of every object that has one, as YAML with `# ...` where lines are left out. */
  readonly excerpt: string;
  /** The paths as written in the example. */
  readonly paths: readonly string[];
  /** How many objects the full manifest holds, and how many of them the excerpt shows. */
  readonly objects: number;
  readonly shownObjects: number;
  /** Lines of the full manifest, for the disclosure's label. */
  readonly lines: number;
}

/**
 * Folds rendered multi-document YAML to the given paths. A path is looked up in every object; objects where none
 * resolves are left out of the excerpt. A path that resolves in no object is an error, so a renamed field or a
 * changed rendering fails the build instead of showing an empty excerpt.
 */
export function foldManifest(yaml: string, show: string): FoldedManifest {
  const paths = foldPaths(show);
  if (paths.length === 0) throw new Error(`show="${show}" names no path`);
  const parsed = paths.map((path) => ({ path, steps: parseFoldPath(path) }));
  const documents = parseAllDocuments(yaml).map((doc) => doc.toJSON() as unknown);
  const used = new Set<string>();
  const shown: string[] = [];
  for (const doc of documents) {
    const keep = new Map<FoldStep, Keep>();
    for (const { path, steps } of parsed) {
      if (!resolves(doc, steps)) continue;
      used.add(path);
      keepPath(keep, doc, steps);
    }
    if (keep.size === 0) continue;
    for (const identity of [["apiVersion"], ["kind"], ["metadata", "name"]]) {
      if (resolves(doc, identity)) keepPath(keep, doc, identity);
    }
    shown.push(mappingLines(doc as Record<string, unknown>, keep, 0).join("\n"));
  }
  const missing = paths.filter((path) => !used.has(path));
  if (missing.length > 0) {
    throw new Error(
      `show="${show}": ${missing.map((p) => `"${p}"`).join(", ")} names nothing in the rendered manifest ` +
        "(paths follow the Kubernetes YAML, such as spec.template.spec.containers[0].volumeMounts)",
    );
  }
  return {
    excerpt: `${shown.join("\n---\n")}\n`,
    paths,
    objects: documents.length,
    shownObjects: shown.length,
    lines: yaml.replace(/\n$/, "").split("\n").length,
  };
}
