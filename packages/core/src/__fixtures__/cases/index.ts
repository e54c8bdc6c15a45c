/**
 * Every family's table of validation cases, gathered for the e2e differential test and the table checks. The
 * families are found by reading this folder: each file other than `case.ts` and `index.ts` (and tests) is a
 * family and must export `CASES`, so a new family's table is picked up without touching this file.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ValidationCase } from "./case.js";

export type { ValidationCase } from "./case.js";

export interface CaseTable {
  /** The file's name without extension, e.g. `probes`. */
  readonly family: string;
  readonly cases: readonly ValidationCase[];
}

const HERE = new URL(".", import.meta.url);
const NOT_A_FAMILY = new Set(["case", "index"]);

/** The table files in this folder, sorted: `probes.ts`, ... */
export function familyFiles(): string[] {
  return readdirSync(fileURLToPath(HERE))
    .filter((file) => /\.(ts|js)$/.test(file) && !/\.(test|d)\.(ts|js)$/.test(file))
    .filter((file) => !NOT_A_FAMILY.has(familyOf(file)))
    .sort();
}

function familyOf(file: string): string {
  return file.replace(/\.(ts|js)$/, "");
}

/** Loads every family's `CASES`; a file without a `CASES` array is an error, not silently skipped. */
export async function loadCaseTables(): Promise<CaseTable[]> {
  const tables: CaseTable[] = [];
  for (const file of familyFiles()) {
    const family = familyOf(file);
    const module = (await import(/* @vite-ignore */ new URL(file, HERE).href)) as { CASES?: unknown };
    if (!Array.isArray(module.CASES)) {
      throw new Error(
        `packages/core/src/__fixtures__/cases/${family}.ts must export \`CASES: readonly ValidationCase[]\``,
      );
    }
    tables.push({ family, cases: module.CASES as readonly ValidationCase[] });
  }
  return tables;
}
