import type { Lang, Text } from "./i18n.js";

/**
 * How much an issue matters: an `error` makes the spec invalid (the API server would refuse it, or podworks' own
 * policy does); a `warning` does not (a beta field, a setting an operator is likely to regret).
 */
export type Severity = "error" | "warning";

/**
 * One problem found in a spec. Every issue names where it is (`path`, in the spec's own field names),
 * what was there (`value`), which rule it breaks (`rule`, a stable id) and how to fix it, in both languages.
 */
export interface ValidationIssue {
  /** Field path inside the spec, e.g. `containers[0].resources.limits.cpu`; empty for the spec as a whole. */
  readonly path: string;
  /** The offending value as found (undefined when a required field is missing). */
  readonly value: unknown;
  /** Stable rule id, e.g. `minimum`, `job.indexed-only`, `cron.syntax`. */
  readonly rule: string;
  /** What is wrong. */
  readonly message: Text;
  /** How to fix it. */
  readonly fix: Text;
  /** `error` unless the issue is only a warning. */
  readonly severity: Severity;
}

/**
 * What validation found. `ok` is true when no issue is an error; `issues` then holds the warnings (often none).
 * When `ok` is false, `issues` holds the errors and the warnings, in the order they were found.
 */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly ValidationIssue[] }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** The issues that make a spec invalid. */
export function errorsOf(issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.filter((issue) => issue.severity !== "warning");
}

/** The issues that are only warnings. */
export function warningsOf(issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.filter((issue) => issue.severity === "warning");
}

/** Renders a value for a message: short, unambiguous, never throws. */
export function showValue(value: unknown): string {
  if (value === undefined) return "(missing)";
  try {
    const text = JSON.stringify(value);
    if (text === undefined) return String(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return String(value);
  }
}

/** Messages come from several modules; end them all the same way in a report. */
function sentence(text: string): string {
  return text.endsWith(".") ? text.slice(0, -1) : text;
}

/** One line per issue: `path: message (got value). Fix: hint`; a warning starts with `warning:`. */
export function formatIssue(issue: ValidationIssue, lang: Lang = "en"): string {
  const whole = issue.rule.startsWith("yaml.")
    ? { en: "(file)", ko: "(파일)" }
    : { en: "(spec)", ko: "(스펙 전체)" };
  const where = issue.path === "" ? whole[lang] : issue.path;
  const got =
    issue.value === undefined ? "" : ` (${lang === "ko" ? "현재 값" : "got"}: ${showValue(issue.value)})`;
  const fix = lang === "ko" ? "해결" : "fix";
  const level = issue.severity === "warning" ? (lang === "ko" ? "경고: " : "warning: ") : "";
  return `${level}${where}: ${sentence(issue.message[lang])}${got} [${issue.rule}]\n  ${fix}: ${sentence(issue.fix[lang])}`;
}

/** Every issue formatted with `formatIssue`, one after another, in one language. */
export function formatIssues(issues: readonly ValidationIssue[], lang: Lang = "en"): string {
  return issues.map((issue) => formatIssue(issue, lang)).join("\n");
}

/**
 * Thrown by the builders and renderers when a spec is invalid. Carries every issue found, not just the first.
 * Its `message` is in English; use `format("ko")` for Korean.
 */
export class PodworksValidationError extends Error {
  /** Always `PodworksValidationError`. */
  override readonly name = "PodworksValidationError";
  /** Every issue found, errors and warnings, in the order validation reported them. */
  readonly issues: readonly ValidationIssue[];
  /** Which spec failed, e.g. `StatefulSet "db"`, when known. */
  readonly subject: string | undefined;

  /** An error for these issues; `subject` names the spec in the message, e.g. `StatefulSet "db"`. */
  constructor(issues: readonly ValidationIssue[], subject?: string) {
    const head = `${subject ?? "spec"} is invalid: ${issues.length} problem${issues.length === 1 ? "" : "s"}`;
    super(`${head}\n${formatIssues(issues, "en")}`);
    this.issues = issues;
    this.subject = subject;
  }

  /** The whole report in one language. */
  format(lang: Lang = "en"): string {
    const n = this.issues.length;
    const subject = this.subject ?? (lang === "ko" ? "스펙" : "spec");
    const head =
      lang === "ko"
        ? `${subject}에 문제가 ${n}개 있다`
        : `${subject} is invalid: ${n} problem${n === 1 ? "" : "s"}`;
    return `${head}\n${formatIssues(this.issues, lang)}`;
  }
}

/**
 * Whether a caught value is a `PodworksValidationError` (what the builders and renderers throw for an invalid spec).
 */
export function isPodworksValidationError(error: unknown): error is PodworksValidationError {
  return error instanceof PodworksValidationError;
}
