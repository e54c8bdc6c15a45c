/**
 * Reading spec files: YAML (one spec per document) or JSON (a spec or an array of specs).
 * Syntax errors become issues with line and column, in both languages, like any other problem.
 *
 * Published as its own entry, `@podworks/core/parse`, and not re-exported from the main entry: js-yaml is an
 * optional peer dependency of core, so only programs that parse spec files install it. Without js-yaml, importing
 * this entry fails with Node's "Cannot find package 'js-yaml'", and the main entry works as before.
 */
import { loadAll, YAMLException } from "js-yaml";
import type { ValidationIssue } from "./issues.js";

export interface ParsedSpecs {
  /** The documents that parsed, in order; each still needs validating. */
  readonly specs: readonly unknown[];
  /** Syntax problems; when there are any, `specs` is empty so nothing is half-used. */
  readonly issues: readonly ValidationIssue[];
}

/** Parses YAML or JSON text holding one or more podworks specs. Never throws. */
export function parseSpecs(text: string): ParsedSpecs {
  const documents: unknown[] = [];
  try {
    // JSON is YAML too, so one parser reads both; the JSON schema keeps `yes`/`no` as strings.
    loadAll(text, (document) => documents.push(document));
  } catch (error) {
    if (error instanceof YAMLException) {
      const line = error.mark ? error.mark.line + 1 : undefined;
      const column = error.mark ? error.mark.column + 1 : undefined;
      const where = line === undefined ? "" : ` at line ${line}, column ${column}`;
      const whereKo = line === undefined ? "" : ` ${line}행 ${column}열에서`;
      return {
        specs: [],
        issues: [
          {
            path: "",
            value: undefined,
            rule: "yaml.syntax",
            severity: "error",
            message: {
              en: `the file is not valid YAML or JSON${where}: ${error.reason}`,
              ko: `파일이${whereKo} 올바른 YAML이나 JSON이 아니다: ${error.reason}`,
            },
            fix: {
              en: "fix the syntax at that place (indentation, a missing colon or quote)",
              ko: "그 위치의 문법(들여쓰기, 빠진 콜론이나 따옴표)을 고친다",
            },
          },
        ],
      };
    }
    throw error;
  }
  const specs = documents
    .filter((document) => document !== null && document !== undefined)
    .flatMap((document) => (Array.isArray(document) ? document : [document]));
  return { specs, issues: [] };
}
