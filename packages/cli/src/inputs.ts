/**
 * From the command line's file operands to checked documents: `-` is standard input, a directory stands for the
 * spec files under it, a quoted glob (`'k8s/**\/*.yaml'`) for the files it matches. Every file is read, parsed
 * with positions and every document checked (podworks specs validated, Kubernetes objects checked for what
 * `kubectl apply` needs); every issue carries its file, line and column. Nothing stops early.
 */

import type { Text } from "@podworks/core";
import {
  checkKubernetesObject,
  isKubernetesObject,
  type KubernetesObject,
  type KubernetesVersion,
  objectIdentity,
  objectLabel,
  subjectOf,
  toManifests,
  type ValidationIssue,
  validate,
  type WorkloadSpec,
} from "@podworks/core";
import { type ParsedDocument, parseSpecs } from "@podworks/core/parse";
import type { CliIo } from "./io.js";
import { type FileReason, MESSAGES, type Messages } from "./messages.js";

/** A message in both languages, from the message tables of both. */
function both(message: (m: Messages) => string): Text {
  return { en: message(MESSAGES.en), ko: message(MESSAGES.ko) };
}

/** The file names a directory operand stands for. */
export const SPEC_EXTENSIONS = [".yaml", ".yml", ".json"] as const;

/** An issue with the place it was found; `line` and `column` are absent only for a file that cannot be read. */
export interface LocatedIssue extends ValidationIssue {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** The document's number in its file (from 1), for issues of one document. */
  readonly document?: number;
  /** `CronJob "nightly"`, `ConfigMap "settings"`: which spec or object, for issues of one document. */
  readonly subject?: string;
}

export type AnyObject = KubernetesObject | Record<string, unknown>;

/** One document of one file, checked. */
export interface CheckedDocument {
  readonly index: number;
  readonly document: number;
  readonly subject: string;
  /** A podworks spec, or a Kubernetes object passed through. */
  readonly kind: "spec" | "object";
  readonly issues: readonly LocatedIssue[];
  /** The objects this document renders to; empty when it has errors. */
  readonly objects: readonly AnyObject[];
  readonly position: { readonly line: number; readonly column: number };
}

export interface CheckedFile {
  /** As the user named it (or as found under a directory or by a glob); `<stdin>` for `-`. */
  readonly name: string;
  /** Read and syntax problems, and "no specs in this file". */
  readonly fileIssues: readonly LocatedIssue[];
  readonly documents: readonly CheckedDocument[];
}

export interface CheckedInputs {
  readonly files: readonly CheckedFile[];
  /** Two documents (of any files) that produce the same object. */
  readonly duplicates: readonly LocatedIssue[];
  /** True when a file or directory could not be read (exit code 2 rather than 1). */
  readonly unreadable: boolean;
}

function readReasonOf(error: unknown): FileReason | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  const reasons: Record<string, FileReason> = {
    ENOENT: "notFound",
    ENOTDIR: "notFound",
    EISDIR: "isDirectory",
    EACCES: "permission",
    EPERM: "permission",
  };
  return typeof code === "string" ? reasons[code] : undefined;
}

export function readReason(error: unknown, m: Messages): string {
  const reason = readReasonOf(error);
  if (reason) return m.reason(reason);
  return error instanceof Error ? error.message : String(error);
}

const GLOB_CHARS = /[*?[{]/;

/** A glob as a regular expression over `/`-separated paths: `**`, `*`, `?`, `[...]` and `{a,b}`. */
export function globToRegExp(glob: string): RegExp {
  let out = "";
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!;
    if (char === "*" && glob[i + 1] === "*") {
      const slash = glob[i + 2] === "/";
      out += slash ? "(?:[^/]*/)*" : ".*";
      i += slash ? 2 : 1;
    } else if (char === "*") out += "[^/]*";
    else if (char === "?") out += "[^/]";
    else if (char === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end === -1) out += "\\[";
      else {
        const body = glob
          .slice(i + 1, end)
          .replace(/^!/, "^")
          .replace(/\\/g, "\\\\");
        out += `[${body}]`;
        i = end;
      }
    } else if (char === "{") {
      const end = glob.indexOf("}", i + 1);
      if (end === -1) out += "\\{";
      else {
        const parts = glob.slice(i + 1, end).split(",");
        out += `(?:${parts.map((part) => part.replace(/[.+^$()|\\]/g, "\\$&").replace(/\*/g, "[^/]*")).join("|")})`;
        i = end;
      }
    } else out += char.replace(/[.+^$()|\\\]}]/g, "\\$&");
  }
  return new RegExp(`^${out}$`);
}

/** Every file under `dir` (hidden entries and node_modules left out), as paths joined onto `dir`, sorted. */
function walk(io: CliIo, dir: string): string[] {
  const found: string[] = [];
  const visit = (path: string) => {
    for (const name of io.readDir(path).sort()) {
      if (name.startsWith(".") || name === "node_modules") continue;
      const child = path === "." ? name : `${path.replace(/\/$/, "")}/${name}`;
      const kind = io.stat(child);
      if (kind === "directory") visit(child);
      else if (kind === "file") found.push(child);
    }
  };
  visit(dir);
  return found;
}

/** An operand that stands for no file at all: an empty directory, a glob that matches nothing. */
interface Expansion {
  readonly files: readonly string[];
  readonly problem?: Text;
}

function expand(operand: string, io: CliIo): Expansion {
  if (operand === "-") return { files: ["-"] };
  const kind = io.stat(operand);
  if (kind === "directory") {
    try {
      const files = walk(io, operand).filter((file) => SPEC_EXTENSIONS.some((ext) => file.endsWith(ext)));
      return files.length > 0
        ? { files }
        : { files, problem: both((l) => l.emptyDirectory(operand, SPEC_EXTENSIONS)) };
    } catch (error) {
      return { files: [], problem: both((l) => l.cannotRead(operand, readReason(error, l))) };
    }
  }
  if (kind === undefined && GLOB_CHARS.test(operand)) {
    // The shell left the pattern alone (it was quoted, or matched nothing): podworks expands it.
    const parts = operand.split("/");
    const first = parts.findIndex((part) => GLOB_CHARS.test(part));
    const base = first === 0 ? "." : parts.slice(0, first).join("/") || "/";
    const pattern = globToRegExp(operand.replace(/^\.\//, ""));
    let files: string[] = [];
    if (io.stat(base) === "directory") {
      try {
        files = walk(io, base).filter((file) => pattern.test(file.replace(/^\.\//, "")));
      } catch (error) {
        return { files: [], problem: both((l) => l.cannotRead(base, readReason(error, l))) };
      }
    }
    return files.length > 0 ? { files } : { files, problem: both((l) => l.noMatch(operand)) };
  }
  return { files: [operand] };
}

function located(issue: ValidationIssue, file: string, doc: ParsedDocument | undefined, extra: object = {}) {
  const position = doc?.locate(issue.path);
  return { ...issue, file, ...(position ?? {}), ...extra } as LocatedIssue;
}

function checkDocument(
  doc: ParsedDocument,
  index: number,
  file: string,
  kubernetesVersion: KubernetesVersion | undefined,
): CheckedDocument {
  const options = kubernetesVersion ? { kubernetesVersion } : undefined;
  if (isKubernetesObject(doc.value)) {
    const object = doc.value as Record<string, unknown>;
    const issues = checkKubernetesObject(object);
    const name = (object.metadata as { name?: unknown } | undefined)?.name;
    const kind = typeof object.kind === "string" ? object.kind : "object";
    const subject =
      issues.length === 0
        ? objectLabel(object as never)
        : typeof name === "string"
          ? `${kind} "${name}"`
          : kind;
    const where = { document: doc.document, subject };
    return {
      index,
      document: doc.document,
      subject,
      kind: "object",
      issues: issues.map((issue) => located(issue, file, doc, where)),
      objects: issues.length === 0 ? [object] : [],
      position: doc.position,
    };
  }
  const subject = subjectOf(doc.value);
  const result = validate(doc.value, options);
  const where = { document: doc.document, subject };
  return {
    index,
    document: doc.document,
    subject,
    kind: "spec",
    issues: result.issues.map((issue) => located(issue, file, doc, where)),
    objects: result.ok ? toManifests(result.value as WorkloadSpec, options) : [],
    position: doc.position,
  };
}

/** Reads, parses and checks every operand; duplicates are looked for across all files once each is valid. */
export function checkInputs(
  operands: readonly string[],
  io: CliIo,
  m: Messages,
  kubernetesVersion: KubernetesVersion | undefined,
): CheckedInputs {
  let stdin: string | undefined;
  let unreadable = false;
  const files: CheckedFile[] = [];
  for (const operand of operands) {
    const expansion = expand(operand, io);
    if (expansion.problem !== undefined) {
      unreadable = true;
      files.push({ name: operand, fileIssues: [fileIssue(operand, expansion.problem)], documents: [] });
    }
    for (const path of expansion.files) {
      const name = path === "-" ? m.stdinName : path;
      let text: string;
      try {
        if (path === "-") {
          stdin ??= io.readStdin();
          text = stdin;
        } else text = io.readFile(path);
      } catch (error) {
        unreadable = true;
        files.push({
          name,
          fileIssues: [
            fileIssue(
              name,
              both((l) => l.cannotRead(name, readReason(error, l))),
            ),
          ],
          documents: [],
        });
        continue;
      }
      const parsed = parseSpecs(text);
      const fileIssues: LocatedIssue[] = parsed.issues.map((issue) => ({ ...issue, file: name }));
      if (parsed.issues.length === 0 && parsed.documents.length === 0) {
        fileIssues.push({ ...noSpecsIssue(name), line: 1, column: 1 });
      }
      const documents = parsed.documents.map((doc, index) =>
        checkDocument(doc, index + 1, name, kubernetesVersion),
      );
      files.push({ name, fileIssues, documents });
    }
  }
  return { files, duplicates: findDuplicates(files), unreadable };
}

function fileIssue(file: string, message: Text): LocatedIssue {
  return {
    file,
    path: "",
    value: undefined,
    rule: "file.unreadable",
    severity: "error",
    message,
    fix: both((l) => l.checkPathFix),
  };
}

function noSpecsIssue(file: string): LocatedIssue {
  return {
    file,
    path: "",
    value: undefined,
    rule: "file.no-specs",
    severity: "error",
    message: both((l) => l.noSpecs),
    fix: both((l) => l.noSpecsFix),
  };
}

/** Objects that two documents would both create: applying both keeps only the last. */
function findDuplicates(files: readonly CheckedFile[]): LocatedIssue[] {
  const seen = new Map<string, { file: string; doc: CheckedDocument }[]>();
  for (const file of files) {
    for (const doc of file.documents) {
      for (const object of doc.objects) {
        const key = objectIdentity(object as never);
        const list = seen.get(key) ?? [];
        list.push({ file: file.name, doc });
        seen.set(key, list);
      }
    }
  }
  const issues: LocatedIssue[] = [];
  for (const [key, places] of seen) {
    if (places.length < 2) continue;
    const object = places[0]!.doc.objects.find((o) => objectIdentity(o as never) === key)!;
    const label = objectLabel(object as never);
    const where = places.map(
      (place) => `${place.file}:${place.doc.position.line}:${place.doc.position.column}`,
    );
    for (const place of places.slice(1)) {
      issues.push({
        file: place.file,
        line: place.doc.position.line,
        column: place.doc.position.column,
        document: place.doc.document,
        subject: place.doc.subject,
        path: "",
        value: undefined,
        rule: "object.duplicate",
        severity: "error",
        message: both((l) => l.duplicate(label, where)),
        fix: both((l) => l.duplicateFix),
      });
    }
  }
  return issues;
}

/** Every issue, in file order, then the duplicates. */
export function allIssues(inputs: CheckedInputs): LocatedIssue[] {
  return [
    ...inputs.files.flatMap((file) => [...file.fileIssues, ...file.documents.flatMap((doc) => doc.issues)]),
    ...inputs.duplicates,
  ];
}
