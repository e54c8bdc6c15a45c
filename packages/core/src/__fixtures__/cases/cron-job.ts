/** CronJob cases: the jobTemplate gets every Job rule, the new Job fields included. */
import type { ValidationCase } from "./case.js";

const T = "pkg/apis/batch/validation/validation.go ValidateJobTemplateSpec";

export const CASES: readonly ValidationCase[] = [
  {
    name: "jobTemplate with managedBy",
    source: "podworks",
    kind: "CronJob",
    spec: { jobTemplate: { managedBy: "example.com/foo" } },
  },
  {
    name: "jobTemplate managedBy without a domain",
    source: `${T} (validateJobSpec: managedBy must be a domain-prefixed path)`,
    kind: "CronJob",
    spec: { jobTemplate: { managedBy: "no-domain" } },
    rejects: { path: "jobTemplate.managedBy", rule: "job.managed-by" },
  },
  {
    name: "jobTemplate success policy",
    source: "podworks",
    kind: "CronJob",
    spec: {
      jobTemplate: {
        completionMode: "Indexed",
        completions: 3,
        successPolicy: { rules: [{ succeededIndexes: "0" }] },
      },
    },
  },
  {
    name: "jobTemplate success policy on a NonIndexed Job",
    source: `${T} (validateJobSpec: successPolicy requires indexed completion mode)`,
    kind: "CronJob",
    spec: { jobTemplate: { successPolicy: { rules: [{ succeededCount: 1 }] } } },
    rejects: { path: "jobTemplate.successPolicy", rule: "job.indexed-only" },
  },
  {
    name: "jobTemplate succeededCount above completions",
    source: `${T} (validateJobSpec: succeededCount at most completions)`,
    kind: "CronJob",
    spec: {
      jobTemplate: {
        completionMode: "Indexed",
        completions: 3,
        successPolicy: { rules: [{ succeededCount: 4 }] },
      },
    },
    rejects: { path: "jobTemplate.successPolicy.rules[0].succeededCount", rule: "job.succeeded-count" },
  },
  {
    name: "jobTemplate pod replacement TerminatingOrFailed with a pod failure policy",
    source: `${T} (validateJobSpec: only Failed with podFailurePolicy)`,
    kind: "CronJob",
    spec: {
      jobTemplate: {
        podReplacementPolicy: "TerminatingOrFailed",
        podFailurePolicy: { rules: [{ action: "FailJob", onExitCodes: { operator: "In", values: [1] } }] },
      },
    },
    rejects: { path: "jobTemplate.podReplacementPolicy", rule: "job.pod-replacement-policy" },
  },
  {
    name: "jobTemplate exit codes out of order",
    source: `${T} (validateJobSpec: exit codes must be ordered)`,
    kind: "CronJob",
    spec: {
      jobTemplate: {
        podFailurePolicy: { rules: [{ action: "FailJob", onExitCodes: { operator: "In", values: [3, 2] } }] },
      },
    },
    rejects: {
      path: "jobTemplate.podFailurePolicy.rules[0].onExitCodes.values",
      rule: "job.exit-code-order",
    },
  },
  {
    name: "jobTemplate managedBy before 1.32",
    source: "podworks",
    kind: "CronJob",
    kubernetesVersion: "1.31",
    spec: { jobTemplate: { managedBy: "example.com/foo" } },
    rejects: { path: "jobTemplate.managedBy", rule: "since" },
  },
];
