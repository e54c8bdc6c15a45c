/**
 * What the playground page shows for a text: its problems, the rendered YAML highlighted, the text itself
 * highlighted (for the copy the page shows until the editor opens), and what core makes of each CronJob's schedule.
 * Plain data, so that it crosses from the check worker (./check.worker.ts) to the page, and from the site's build
 * (plugins/playground.ts, the template the page opens with) into the page's HTML.
 */
import { explainSchedule, type KubernetesVersion, type Lang } from "@podworks/core";
import { Prism } from "prism-react-renderer";
import { highlightToHtml, type PrismLike } from "../../lib/highlight";
import { checkText, type Problem } from "./diagnostics";

/** A CronJob's schedule in words, with its next runs from the moment given. */
export interface ScheduleView {
  readonly name: string;
  readonly schedule: string;
  readonly description: string;
  readonly timeZone: string;
  /** Local times of the next runs. */
  readonly nextRuns: readonly string[];
}

export interface CheckResult {
  /** The text and version this is the result for. */
  readonly text: string;
  readonly version: KubernetesVersion;
  readonly problems: readonly Problem[];
  readonly errors: number;
  /** Documents that parsed, valid or not. */
  readonly specCount: number;
  /** The rendered YAML when no document has an error, and its highlighted HTML. */
  readonly yaml: string | undefined;
  readonly yamlHtml: string | undefined;
  /** The text highlighted as YAML. */
  readonly textHtml: string;
  /** Set only when a moment was given (next runs depend on the clock, so the build leaves them out). */
  readonly schedules: readonly ScheduleView[] | undefined;
}

const prism = Prism as unknown as PrismLike;

function isCronJob(spec: unknown): spec is { name: string; schedule: string; timeZone?: string } {
  return (
    typeof spec === "object" &&
    spec !== null &&
    (spec as { kind?: unknown }).kind === "CronJob" &&
    typeof (spec as { schedule?: unknown }).schedule === "string"
  );
}

/** Checks and renders a text for the page; `now` adds the schedules' next runs. Never throws. */
export function checkForPage(text: string, version: KubernetesVersion, lang: Lang, now?: Date): CheckResult {
  const checked = checkText(text, version);
  const schedules =
    now === undefined || checked.yaml === undefined
      ? undefined
      : checked.specs.filter(isCronJob).map((spec) => {
          const explained = explainSchedule(spec.schedule, {
            timeZone: spec.timeZone,
            count: 3,
            from: now,
            lang,
          });
          return {
            name: String(spec.name),
            schedule: spec.schedule,
            description: explained.description,
            timeZone: explained.timeZone,
            nextRuns: explained.nextRuns.map((run) => run.local),
          };
        });
  return {
    text,
    version,
    problems: checked.problems,
    errors: checked.errors,
    specCount: checked.specs.length,
    yaml: checked.yaml,
    yamlHtml: checked.yaml === undefined ? undefined : highlightToHtml(prism, checked.yaml, "yaml"),
    textHtml: highlightToHtml(prism, text, "yaml"),
    schedules,
  };
}

/** A request to the check worker; `now` in milliseconds since the epoch. */
export interface CheckRequest {
  readonly id: number;
  readonly text: string;
  readonly version: KubernetesVersion;
  readonly lang: Lang;
  readonly now: number;
}

/** The worker's answer to the request with the same id. */
export interface CheckResponse {
  readonly id: number;
  readonly result: CheckResult;
}
