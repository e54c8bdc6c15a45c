import { translate } from "@docusaurus/Translate";
import type { ReactNode } from "react";
import type { CronExampleData } from "../lib/example-data";
import styles from "./examples.module.css";
import { readPayload } from "./payload";

export interface CronExampleProps {
  readonly schedule: string;
  readonly timeZone?: string;
  readonly count?: string;
  /** A fixed instant (ISO 8601) to count from instead of CRON_FROM; never the time of the build. */
  readonly from?: string;
  /** Added at build time by plugins/remark-podworks.ts: JSON of {@link CronExampleData}. */
  readonly payload?: string;
}

/** A schedule, core's description of it in the page's language, and its next runs (computed at build time). */
export default function CronExample({ payload }: CronExampleProps): ReactNode {
  const data = readPayload<CronExampleData>("CronExample", payload);
  return (
    <div className={`${styles.example} ${styles.cron}`} data-example="cron">
      <div className={styles.cronHead}>
        <code className={styles.schedule}>{data.schedule}</code>
        <span className={styles.zone}>
          {data.timeZone ??
            translate({
              id: "cronExample.noZone",
              message: "no timeZone: the controller's zone (UTC here)",
            })}
        </span>
      </div>
      <p className={styles.description} data-cron-description="">
        {data.description}
      </p>
      <table className={styles.runs}>
        <caption>
          {translate(
            {
              id: "cronExample.caption",
              message:
                "Next {count} runs after {from} (a fixed date, so that every build shows the same runs)",
            },
            { count: String(data.count), from: data.from },
          )}
        </caption>
        <thead>
          <tr>
            <th>{translate({ id: "cronExample.local", message: "In the schedule's time zone" })}</th>
            <th>UTC (ISO 8601)</th>
          </tr>
        </thead>
        <tbody>
          {data.runs.map((run) => (
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
