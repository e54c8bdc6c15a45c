/**
 * The playground's check of the editor's text: every problem of every document (syntax errors included) placed
 * at the line and column of its field, from the positions `@podworks/core/parse` keeps, in file order.
 * Pure: text in, problems out, so it is tested without a browser; the editor and the list only show the result.
 */
import {
  errorsOf,
  type KubernetesVersion,
  type Severity,
  subjectOf,
  toYaml,
  type ValidationIssue,
  validate,
  type WorkloadSpec,
} from "@podworks/core";
import { parseSpecs, type SourcePosition } from "@podworks/core/parse";

export interface Problem {
  /** 1-based, as editors count. */
  readonly line: number;
  readonly column: number;
  /** Offsets into the text: where the offending value (or its nearest parent) starts and ends. */
  readonly from: number;
  readonly to: number;
  readonly severity: Severity;
  /** `CronJob "nightly"`; empty for a syntax error. */
  readonly subject: string;
  readonly issue: ValidationIssue;
}

export interface CheckedText {
  /** The text the problems were found in (the editor shows them only while it still holds this text). */
  readonly text: string;
  /** Every document that parsed, valid or not. */
  readonly specs: readonly unknown[];
  /** Errors and warnings, by position in the file. */
  readonly problems: readonly Problem[];
  readonly errors: number;
  /** The rendered YAML when no document has an error (warnings allowed). */
  readonly yaml: string | undefined;
}

/** Offsets of the start of every line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** The value starting at `from`: a quoted string, or a plain word up to a space, comma, bracket or comment. */
const TOKEN = /^(?:"(?:[^"\\\n]|\\.)*"?|'(?:[^'\n]|'')*'?|[^\s,\]}#]+)/;

function placed(
  text: string,
  starts: readonly number[],
  position: SourcePosition,
  severity: Severity,
  subject: string,
  issue: ValidationIssue,
): Problem {
  const lineIndex = Math.min(Math.max(position.line, 1), starts.length) - 1;
  const lineStart = starts[lineIndex]!;
  const lineEnd = lineIndex + 1 < starts.length ? starts[lineIndex + 1]! - 1 : text.length;
  const from = Math.min(lineStart + Math.max(position.column, 1) - 1, lineEnd);
  const token = TOKEN.exec(text.slice(from, lineEnd));
  return {
    line: lineIndex + 1,
    column: from - lineStart + 1,
    from,
    to: from + (token?.[0].length ?? 0),
    severity,
    subject,
    issue,
  };
}

/** Parses, validates and (when all is well) renders the text. Never throws. */
export function checkText(text: string, kubernetesVersion?: KubernetesVersion): CheckedText {
  const starts = lineStarts(text);
  const parsed = parseSpecs(text);
  if (parsed.issues.length > 0) {
    const problems = parsed.issues
      .map((issue) => placed(text, starts, issue, "error", "", issue))
      .sort((a, b) => a.from - b.from);
    return { text, specs: [], problems, errors: problems.length, yaml: undefined };
  }
  const options = kubernetesVersion ? { kubernetesVersion } : undefined;
  const problems: Problem[] = [];
  let errors = 0;
  for (const document of parsed.documents) {
    const subject = subjectOf(document.value);
    const { issues } = validate(document.value, options);
    errors += errorsOf(issues).length;
    for (const issue of issues) {
      const position = issue.path === "" ? document.position : document.locate(issue.path);
      problems.push(placed(text, starts, position, issue.severity, subject, issue));
    }
  }
  // File order; at one place, errors before warnings, then the order validation found them in (sort is stable).
  problems.sort(
    (a, b) => a.from - b.from || (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1),
  );
  const yaml =
    errors === 0 && parsed.specs.length > 0 ? toYaml(parsed.specs as WorkloadSpec[], options) : undefined;
  return { text, specs: parsed.specs, problems, errors, yaml };
}
