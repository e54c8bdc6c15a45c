/** `podworks explain`: what a CronJob schedule means and when it runs next. */
import {
  checkSchedule,
  checkTimeZone,
  explainSchedule,
  formatIssue,
  type ValidationIssue,
} from "@podworks/core";
import { type CommandDef, EXIT_INVALID, EXIT_OK, HELP_OPTION, LANG_OPTION, UsageError } from "./command.js";

export const DEFAULT_COUNT = 5;
export const MAX_COUNT = 100;

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}

export const explain: CommandDef = {
  name: "explain",
  summary: (m) => m.explainSummary,
  operands: (m) => m.scheduleOperand,
  operandCompletion: "none",
  options: {
    "time-zone": { type: "string" },
    count: { type: "string" },
    // Fixes the start of the next runs so output can be reproduced (tests, docs).
    from: { type: "string", hidden: true },
    lang: LANG_OPTION,
    help: HELP_OPTION,
  },
  usage: (m, facts) => m.explainUsage(facts),
  run: ({ line, io, m }) => {
    const countValue = line.values.get("count");
    let count = DEFAULT_COUNT;
    if (typeof countValue === "string") {
      count = /^\d+$/.test(countValue) ? Number(countValue) : Number.NaN;
      if (!(count >= 1 && count <= MAX_COUNT))
        throw new UsageError(m.badCount(countValue, MAX_COUNT), "explain");
    }
    const fromValue = line.values.get("from");
    let from: Date | undefined;
    if (typeof fromValue === "string") {
      from = new Date(fromValue);
      if (Number.isNaN(from.getTime())) throw new UsageError(m.badFrom(fromValue), "explain");
    }
    const zoneValue = line.values.get("time-zone");
    const timeZone = typeof zoneValue === "string" ? zoneValue : undefined;
    if (line.positionals.length === 0) throw new UsageError(m.noSchedule, "explain");
    if (line.positionals.length > 1)
      throw new UsageError(m.splitSchedule(line.positionals.length), "explain");
    const schedule = line.positionals[0]!;

    const issues: ValidationIssue[] = [];
    const scheduleProblem = checkSchedule(schedule);
    if (scheduleProblem)
      issues.push({ path: "schedule", value: schedule, severity: "error", ...scheduleProblem });
    const zoneProblem = timeZone === undefined ? undefined : checkTimeZone(timeZone);
    if (zoneProblem) issues.push({ path: "--time-zone", value: timeZone, severity: "error", ...zoneProblem });
    if (issues.length > 0) {
      const lines = issues.map((issue) => indent(formatIssue(issue, line.lang)));
      io.stderr(`${[m.scheduleProblems(schedule, issues.length), ...lines].join("\n")}\n`);
      return EXIT_INVALID;
    }

    const result = explainSchedule(schedule, { timeZone, count, from, lang: line.lang });
    const width = Math.max(...result.nextRuns.map((run) => run.iso.length));
    const out = [
      `${m.scheduleLabel}: ${result.schedule}`,
      `${m.timeZoneLabel}: ${result.timeZone}`,
      `${m.descriptionLabel}: ${result.description}`,
      result.nextRuns.length > 0 ? m.nextRuns(result.nextRuns.length) : m.noRuns,
      ...result.nextRuns.map((run) => `  ${run.iso.padEnd(width)}  ${run.local}`),
    ];
    io.stdout(`${out.join("\n")}\n`);
    return EXIT_OK;
  },
};
