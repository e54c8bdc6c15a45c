import { describe, expect, it } from "vitest";
import { CASES } from "./__fixtures__/cases/cron-job.js";
import { runCases } from "./__tests__/cases.js";
import { baseCronJob } from "./__tests__/specs.js";
import { renderCronJob } from "./cron-job.js";

describe("CronJob validation cases", () => runCases(CASES));

describe("renderCronJob carries the new Job fields into jobTemplate", () => {
  it("renders managedBy and podReplacementPolicy", () => {
    const out = renderCronJob({
      ...baseCronJob,
      jobTemplate: { managedBy: "example.com/foo", podReplacementPolicy: "Failed" },
    });
    const job = out.spec!.jobTemplate.spec as unknown as Record<string, unknown>;
    expect(job.managedBy).toBe("example.com/foo");
    expect(job.podReplacementPolicy).toBe("Failed");
  });
});
