/**
 * The four ways `validate` reports what it found (`--format text|json|sarif|github`). `text` is for people
 * (problems on standard error, a summary); the others are for machines and go to standard output whole:
 * - `json`: podworks' own stable shape (docs: "The JSON report"), versioned by `version`;
 * - `sarif`: a SARIF 2.1.0 log, for code scanning upload (`github/codeql-action/upload-sarif`);
 * - `github`: GitHub Actions workflow commands (`::error file=...,line=...::...`), shown as annotations.
 */
import { formatIssue, type Lang, showValue } from "@podworks/core";
import type { CheckedInputs, LocatedIssue } from "./inputs.js";
import { allIssues } from "./inputs.js";
import type { Messages } from "./messages.js";

export const REPORT_FORMATS = ["text", "json", "sarif", "github"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What was checked and found, for summaries. */
export interface Counts {
  readonly files: number;
  readonly specs: number;
  readonly objects: number;
  readonly errors: number;
  readonly warnings: number;
  /** Files with at least one error. */
  readonly badFiles: number;
}

export function countsOf(inputs: CheckedInputs): Counts {
  const issues = allIssues(inputs);
  const errors = issues.filter((issue) => issue.severity === "error");
  const documents = inputs.files.flatMap((file) => file.documents);
  return {
    files: inputs.files.length,
    specs: documents.filter((doc) => doc.kind === "spec").length,
    objects: documents.filter((doc) => doc.kind === "object").length,
    errors: errors.length,
    warnings: issues.length - errors.length,
    badFiles: new Set(errors.map((issue) => issue.file)).size,
  };
}

/** `file:line:column`, or the file alone when there is no position. */
export function placeOf(issue: LocatedIssue): string {
  return issue.line === undefined ? issue.file : `${issue.file}:${issue.line}:${issue.column}`;
}

function indent(text: string, by = "  "): string {
  return text
    .split("\n")
    .map((line) => `${by}${line}`)
    .join("\n");
}

function issueLine(issue: LocatedIssue, lang: Lang): string {
  return indent(`${placeOf(issue)}: ${formatIssue(issue, lang)}`);
}

/**
 * The text report: one block per file with file-level problems, per document with issues and per duplicate.
 * `errors` are the blocks with an error; `warnings` those of documents that are valid but warned about.
 */
export function textBlocks(
  inputs: CheckedInputs,
  m: Messages,
  lang: Lang,
): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const file of inputs.files) {
    // A file that cannot be read says so in its message; a file without specs gets one line too.
    for (const issue of file.fileIssues) {
      if (issue.rule === "file.unreadable") errors.push(issue.message[lang]);
      else if (issue.rule === "file.no-specs") errors.push(`${issue.file}: ${issue.message[lang]}`);
    }
    const rest = file.fileIssues.filter((issue) => !issue.rule.startsWith("file."));
    if (rest.length > 0) {
      errors.push(
        [m.fileProblems(file.name, rest.length), ...rest.map((i) => issueLine(i, lang))].join("\n"),
      );
    }
    for (const doc of file.documents) {
      if (doc.issues.length === 0) continue;
      const count = doc.issues.filter((issue) => issue.severity === "error").length;
      const lines = doc.issues.map((issue) => issueLine(issue, lang));
      if (count === 0) {
        warnings.push(
          [m.specWarnings(file.name, doc.index, doc.subject, doc.issues.length), ...lines].join("\n"),
        );
      } else {
        errors.push([m.specProblems(file.name, doc.index, doc.subject, count), ...lines].join("\n"));
      }
    }
  }
  for (const issue of inputs.duplicates) {
    errors.push(`${placeOf(issue)}: ${issue.message[lang]}\n  ${m.fixLabel}: ${issue.fix[lang]}`);
  }
  return { errors, warnings };
}

/** Version of the JSON report's shape: raised only when a field changes meaning or goes away. */
export const JSON_REPORT_VERSION = 1;

export interface JsonIssue {
  readonly file: string;
  readonly line: number | null;
  readonly column: number | null;
  readonly document: number | null;
  readonly subject: string | null;
  readonly path: string;
  readonly rule: string;
  readonly severity: "error" | "warning";
  readonly message: { readonly en: string; readonly ko: string };
  readonly fix: { readonly en: string; readonly ko: string };
  /** The offending value; absent when the value is missing. */
  readonly value?: unknown;
}

export interface JsonReport {
  readonly version: typeof JSON_REPORT_VERSION;
  readonly tool: { readonly name: "podworks"; readonly version: string };
  readonly ok: boolean;
  readonly summary: Omit<Counts, "badFiles">;
  readonly issues: readonly JsonIssue[];
}

export function jsonReport(inputs: CheckedInputs, toolVersion: string): JsonReport {
  const { badFiles: _, ...summary } = countsOf(inputs);
  const issues = allIssues(inputs).map(
    (issue): JsonIssue => ({
      file: issue.file,
      line: issue.line ?? null,
      column: issue.column ?? null,
      document: issue.document ?? null,
      subject: issue.subject ?? null,
      path: issue.path,
      rule: issue.rule,
      severity: issue.severity,
      message: { en: issue.message.en, ko: issue.message.ko },
      fix: { en: issue.fix.en, ko: issue.fix.ko },
      ...(issue.value === undefined ? {} : { value: issue.value }),
    }),
  );
  return {
    version: JSON_REPORT_VERSION,
    tool: { name: "podworks", version: toolVersion },
    ok: summary.errors === 0,
    summary,
    issues,
  };
}

/** One sentence for machine formats: `path: message (got value). fix: hint`, in one language. */
function sentenceOf(issue: LocatedIssue, m: Messages, lang: Lang): string {
  const where = issue.path === "" ? "" : `${issue.path}: `;
  const got = issue.value === undefined ? "" : ` (${m.gotLabel}: ${showValue(issue.value)})`;
  const message = issue.message[lang].replace(/\.$/, "");
  return `${where}${message}${got}. ${m.fixLabel}: ${issue.fix[lang].replace(/\.$/, "")}`;
}

/** A path as a relative URI reference: forward slashes, each segment percent-encoded. */
function uriOf(file: string): string {
  return file
    .replace(/\\/g, "/")
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

const DOCS = "https://podworks.dev";

export function sarifReport(inputs: CheckedInputs, toolVersion: string, m: Messages, lang: Lang): object {
  const issues = allIssues(inputs);
  const rules = [...new Set(issues.map((issue) => issue.rule))].sort();
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "podworks",
            version: toolVersion,
            informationUri: DOCS,
            rules: rules.map((id) => ({ id, name: id, helpUri: `${DOCS}/cli#rules` })),
          },
        },
        results: issues.map((issue) => ({
          ruleId: issue.rule,
          ruleIndex: rules.indexOf(issue.rule),
          level: issue.severity === "warning" ? "warning" : "error",
          message: { text: sentenceOf(issue, m, lang) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uriOf(issue.file) },
                ...(issue.line === undefined
                  ? {}
                  : { region: { startLine: issue.line, startColumn: issue.column } }),
              },
              ...(issue.path === ""
                ? {}
                : { logicalLocations: [{ fullyQualifiedName: issue.path, kind: "member" }] }),
            },
          ],
          properties: { "podworks/message": issue.message, "podworks/fix": issue.fix },
        })),
        columnKind: "utf16CodeUnits",
      },
    ],
  };
}

/** Workflow command data: `%`, CR and LF escaped; properties also escape `:` and `,`. */
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function githubReport(inputs: CheckedInputs, m: Messages, lang: Lang): string {
  return allIssues(inputs)
    .map((issue) => {
      const properties = [`file=${escapeProperty(issue.file)}`];
      if (issue.line !== undefined) properties.push(`line=${issue.line}`, `col=${issue.column}`);
      properties.push(`title=${escapeProperty(`podworks ${issue.rule}`)}`);
      const command = issue.severity === "warning" ? "warning" : "error";
      return `::${command} ${properties.join(",")}::${escapeData(sentenceOf(issue, m, lang))}\n`;
    })
    .join("");
}
