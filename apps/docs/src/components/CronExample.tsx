import { translate } from "@docusaurus/Translate";
import { explainSchedule } from "@podworks/core";
import type { ReactNode } from "react";
import styles from "./examples.module.css";
import { useLang } from "./use-lang";

/**
 * Next runs are counted from this instant, not from the time of the build, so every build of the site shows the
 * same runs (the page says so).
 */
export const CRON_FROM = new Date("2026-01-01T00:00:00Z");

export interface CronExampleProps {
  readonly schedule: string;
  readonly timeZone?: string;
  readonly count?: number;
  /** A fixed instant (ISO 8601) to count from instead of CRON_FROM; never the time of the build. */
  readonly from?: string;
}

/** A schedule, core's description of it in the page's language, and its next runs. */
export default function CronExample({ schedule, timeZone, count = 4, from }: CronExampleProps): ReactNode {
  const lang = useLang();
  const start = from ? new Date(from) : CRON_FROM;
  const explained = explainSchedule(schedule, { timeZone, count, from: start, lang });
  const startText = `${start.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  return (
    <div className={`${styles.example} ${styles.cron}`} data-example="cron">
      <div className={styles.cronHead}>
        <code className={styles.schedule}>{schedule}</code>
        <span className={styles.zone}>
          {timeZone ??
            translate({
              id: "cronExample.noZone",
              message: "no timeZone: the controller's zone (UTC here)",
            })}
        </span>
      </div>
      <p className={styles.description} data-cron-description="">
        {explained.description}
      </p>
      <table className={styles.runs}>
        <caption>
          {translate(
            {
              id: "cronExample.caption",
              message:
                "Next {count} runs after {from} (a fixed date, so that every build shows the same runs)",
            },
            { count: String(count), from: startText },
          )}
        </caption>
        <thead>
          <tr>
            <th>{translate({ id: "cronExample.local", message: "In the schedule's time zone" })}</th>
            <th>UTC (ISO 8601)</th>
          </tr>
        </thead>
        <tbody>
          {explained.nextRuns.map((run) => (
            <tr key={run.iso}>
              <td>{run.local}</td>
              <td>
                <code>{run.iso}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
