/**
 * What the content pages show of core, computed while the site is built (by `plugins/remark-podworks.ts`) and
 * handed to the components as JSON: the components only lay it out, so no page but the playground ships core.
 * Types are shared with the components; the functions run in Node only.
 */
import {
  explainSchedule,
  type KubernetesVersion,
  PodworksValidationError,
  type SectionName,
} from "@podworks/core";
import { CRON_FROM } from "./cron-from";
import { type FieldTableData, fieldTable } from "./field-rows";
import { type FoldedManifest, foldManifest } from "./fold";
import type { SiteLang } from "./lang";
import { checkSpecs, renderExample, typescriptFor } from "./specs";

export interface SpecExampleData {
  readonly file: string;
  readonly source: string;
  readonly typescript: string;
  readonly yaml: string;
  /** With `show`: the rendered YAML folded to the paths a section talks about; `yaml` stays the full manifest. */
  readonly fold?: FoldedManifest;
  /** The blocks as highlighted HTML, added by plugins/remark-podworks.ts (src/lib/highlight.ts); `excerpt` with `show`. */
  readonly highlighted?: {
    readonly source: string;
    readonly typescript: string;
    readonly yaml: string;
    readonly excerpt?: string;
  };
}

export interface ValidationExampleData {
  readonly file: string;
  readonly source: string;
  /** Core's report in the page's language: the text `podworks validate` prints. */
  readonly report: string;
  /** The spec and the report as highlighted HTML, added by plugins/remark-podworks.ts. */
  readonly highlighted?: { readonly source: string; readonly report: string };
}

export interface CronExampleData {
  readonly schedule: string;
  readonly timeZone: string | undefined;
  readonly count: number;
  /** The instant the runs are counted from, as `2026-01-01 00:00 UTC`. */
  readonly from: string;
  readonly description: string;
  readonly runs: readonly { readonly iso: string; readonly local: string }[];
}

export function specExampleData(
  source: string,
  file: string | undefined,
  kubernetesVersion?: KubernetesVersion,
  show?: string,
): SpecExampleData {
  const name = file ?? "spec.yaml";
  const yaml = renderExample(source, kubernetesVersion);
  return {
    file: name,
    source,
    typescript: typescriptFor(checkSpecs(source, kubernetesVersion).specs),
    yaml,
    ...(show === undefined ? {} : { fold: foldManifest(yaml, show) }),
  };
}

/** A spec that must have problems; a valid one is an error, so the guide cannot show a stale rejection. */
export function validationExampleData(
  source: string,
  file: string | undefined,
  lang: SiteLang,
  kubernetesVersion?: KubernetesVersion,
): ValidationExampleData {
  const checked = checkSpecs(source, kubernetesVersion);
  if (checked.problems.length === 0) {
    throw new Error(`a ValidationExample spec is valid; it must show at least one problem:\n${source}`);
  }
  const report = checked.problems
    .map((p) => new PodworksValidationError(p.issues, p.subject || undefined).format(lang))
    .join("\n\n");
  return { file: file ?? "spec.yaml", source, report };
}

export function cronExampleData(
  schedule: string,
  options: { timeZone?: string; count?: number; from?: string },
  lang: SiteLang,
): CronExampleData {
  const count = options.count ?? 4;
  const start = options.from ? new Date(options.from) : CRON_FROM;
  if (Number.isNaN(start.getTime()))
    throw new Error(`CronExample: \`from\` is not an ISO 8601 instant: ${options.from}`);
  const explained = explainSchedule(schedule, { timeZone: options.timeZone, count, from: start, lang });
  return {
    schedule,
    timeZone: options.timeZone,
    count,
    from: `${start.toISOString().slice(0, 16).replace("T", " ")} UTC`,
    description: explained.description,
    runs: explained.nextRuns,
  };
}

export function fieldTableData(sectionName: SectionName, lang: SiteLang): FieldTableData {
  return fieldTable(sectionName, lang);
}
