import { readFileSync } from "node:fs";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import {
  BASE,
  baseCronJob,
  baseDaemonSet,
  baseJob,
  baseStatefulSet,
  HANGUL,
  withContainer,
  withFields,
} from "../__tests__/specs.js";
import { errorsOf, warningsOf } from "../issues.js";
import { validate } from "../validate.js";
import { imageTag, isPinnedImage, LINT_IGNORE_ANNOTATION, LINT_RULES } from "./index.js";

const requests = { resources: { requests: { cpu: "50m", memory: "32Mi" } } };
/** The base specs made clean for lint: pinned images and requests are already there, plus ttl and a probe. */
const clean = {
  Job: withContainer(withFields(baseJob, { ttlSecondsAfterFinished: 600 }) as never, requests),
  CronJob: withContainer(baseCronJob, requests),
  DaemonSet: withContainer(baseDaemonSet, requests),
  StatefulSet: withContainer(baseStatefulSet, { ...requests, readinessProbe: { tcpSocket: { port: 5432 } } }),
} as const;

function rulesOf(spec: unknown): string[] {
  const result = validate(spec);
  expect(errorsOf(result.issues)).toEqual([]);
  return warningsOf(result.issues).map((issue) => `${issue.path} ${issue.rule}`);
}

describe("lint", () => {
  it("has nothing to say about specs that pin images, request resources, clean up and probe readiness", () => {
    for (const spec of Object.values(clean)) expect(rulesOf(spec)).toEqual([]);
  });

  it.each([
    [
      "a schedule on 30 February",
      withFields(clean.CronJob as never, { schedule: "0 0 30 2 *" }),
      "schedule lint.schedule-never-runs",
    ],
    [
      "a schedule on 31 April and June",
      withFields(clean.CronJob as never, { schedule: "0 0 31 4,6 *" }),
      "schedule lint.schedule-never-runs",
    ],
    [
      "a starting deadline of 5 seconds",
      withFields(clean.CronJob as never, { startingDeadlineSeconds: 5 }),
      "startingDeadlineSeconds lint.starting-deadline-too-short",
    ],
    [
      "a Job without ttl",
      withFields(clean.Job as never, { ttlSecondsAfterFinished: undefined }),
      "ttlSecondsAfterFinished lint.job-without-ttl",
    ],
    [
      "an image without a tag",
      withContainer(clean.DaemonSet as never, { image: "busybox" }),
      "containers[0].image lint.image-not-pinned",
    ],
    [
      "an image tagged latest",
      withContainer(clean.DaemonSet as never, { image: "registry.example.com:5000/team/app:latest" }),
      "containers[0].image lint.image-not-pinned",
    ],
    [
      "an init container without a tag",
      withFields(clean.Job as never, { initContainers: [{ name: "init", image: "alpine" }] }),
      "initContainers[0].image lint.image-not-pinned",
    ],
    [
      "no requests and no limits",
      withContainer(clean.Job as never, { resources: undefined }),
      "containers[0].resources lint.no-resource-requests",
    ],
    [
      "a StatefulSet without readiness probe",
      withContainer(clean.StatefulSet as never, { readinessProbe: undefined }),
      "containers[0] lint.no-readiness-probe",
    ],
    [
      "a node agent on host paths without control-plane tolerations",
      withFields(clean.DaemonSet as never, {
        podSecurity: "privileged",
        volumes: [{ name: "logs", hostPath: { path: "/var/log" } }],
      }),
      "tolerations lint.daemonset-skips-tainted-nodes",
    ],
    [
      "a DaemonSet that selects control-plane nodes without tolerating them",
      withFields(clean.DaemonSet as never, { nodeSelector: { "node-role.kubernetes.io/control-plane": "" } }),
      "nodeSelector lint.daemonset-skips-tainted-nodes",
    ],
  ])("warns about %s", (_, spec, expected) => {
    expect(rulesOf(spec)).toEqual([expected]);
  });

  it.each([
    [
      "30 February in a leap-day schedule is fine: 29 February comes",
      withFields(clean.CronJob as never, { schedule: "0 0 29 2 *" }),
    ],
    ["a deadline of exactly 10 seconds", withFields(clean.CronJob as never, { startingDeadlineSeconds: 10 })],
    [
      "limits only (Kubernetes copies them into requests)",
      withContainer(clean.Job as never, { resources: { limits: { cpu: "1", memory: "1Gi" } } }),
    ],
    [
      "an image pinned by digest",
      withContainer(clean.Job as never, { image: `busybox@sha256:${"a".repeat(64)}` }),
    ],
    [
      "a registry with a port and a tag",
      withContainer(clean.Job as never, { image: "localhost:5000/app:2.1" }),
    ],
    [
      "a readiness probe on the second container",
      withFields(clean.StatefulSet as never, {
        containers: [
          { ...(clean.StatefulSet as { containers: object[] }).containers[0], readinessProbe: undefined },
          {
            name: "side",
            image: "busybox:1.37",
            ...requests,
            readinessProbe: { exec: { command: ["true"] } },
          },
        ],
      }),
    ],
    [
      "a node agent with tolerateControlPlane",
      withFields(clean.DaemonSet as never, {
        tolerateControlPlane: true,
        podSecurity: "privileged",
        volumes: [{ name: "logs", hostPath: { path: "/var/log" } }],
      }),
    ],
    [
      "a node agent tolerating every taint",
      withFields(clean.DaemonSet as never, {
        tolerations: [{ operator: "Exists" }],
        podSecurity: "privileged",
        volumes: [{ name: "logs", hostPath: { path: "/var/log" } }],
      }),
    ],
  ])("stays quiet for %s", (_, spec) => {
    expect(rulesOf(spec)).toEqual([]);
  });

  it("counts only a toleration for both control-plane taint keys as enough", () => {
    const agent = withFields(clean.DaemonSet as never, {
      podSecurity: "privileged",
      volumes: [{ name: "logs", hostPath: { path: "/var/log" } }],
      tolerations: [
        { key: "node-role.kubernetes.io/control-plane", operator: "Exists", effect: "NoSchedule" },
      ],
    });
    expect(rulesOf(agent)).toEqual(["tolerations lint.daemonset-skips-tainted-nodes"]);
  });

  it("explains every warning in English and Korean, and every rule for the docs", () => {
    const issues = validate(
      withContainer(
        withFields(baseCronJob, { schedule: "0 0 30 2 *", startingDeadlineSeconds: 1 }) as never,
        { image: "busybox" },
      ),
    ).issues;
    expect(issues.length).toBe(4);
    for (const issue of issues) {
      expect(issue.severity).toBe("warning");
      expect(issue.message.ko).toMatch(HANGUL);
      expect(issue.fix.ko).toMatch(HANGUL);
      expect(issue.message.en).not.toBe("");
    }
    for (const rule of LINT_RULES) {
      expect(rule.description.en).not.toBe("");
      expect(rule.description.ko).toMatch(HANGUL);
    }
  });

  it("is silenced per spec by the lint-ignore annotation, and points out a misspelt rule id", () => {
    const noisy = withFields(baseJob, {
      annotations: { [LINT_IGNORE_ANNOTATION]: "lint.job-without-ttl , lint.no-resource-requests" },
    });
    expect(validate(noisy).issues).toEqual([]);
    const typo = withFields(baseJob, {
      annotations: { [LINT_IGNORE_ANNOTATION]: "lint.job-without-tll, lint.no-resource-requests" },
    });
    const issues = validate(typo).issues;
    expect(issues.map((i) => i.rule)).toEqual(["lint.unknown-rule", "lint.job-without-ttl"]);
    expect(issues[0]!.path).toBe(`annotations.${LINT_IGNORE_ANNOTATION}`);
    expect(issues[0]!.fix.en).toContain('"lint.job-without-ttl"');
  });

  it("does not run on a spec with errors, nor with lint: false", () => {
    const broken = withFields(baseJob, { completions: -1 });
    expect(validate(broken).issues.map((i) => i.rule)).toEqual(["minimum"]);
    expect(validate(baseJob, { lint: false }).issues).toEqual([]);
  });

  it("reads image tags the way image references are built", () => {
    expect(imageTag("busybox:1.37")).toBe("1.37");
    expect(imageTag("localhost:5000/app")).toBeUndefined();
    expect(isPinnedImage("localhost:5000/app")).toBe(false);
    expect(isPinnedImage("app:latest")).toBe(false);
    expect(isPinnedImage("app@sha256:abc")).toBe(true);
  });

  it("is documented rule by rule, with the opt-out, in the English and Korean guide", () => {
    for (const page of ["docs/lint.mdx", "i18n/ko/docusaurus-plugin-content-docs/current/lint.mdx"]) {
      const text = readFileSync(new URL(`../../../../apps/docs/${page}`, import.meta.url), "utf8");
      for (const rule of LINT_RULES) expect(text, page).toContain(`\`${rule.id}\``);
      expect(text, page).toContain(LINT_IGNORE_ANNOTATION);
    }
  });

  it("has nothing to say about the repository's example specs", () => {
    for (const name of ["job", "cron-job", "daemon-set", "stateful-set"]) {
      const text = readFileSync(new URL(`../../../../examples/specs/${name}.yaml`, import.meta.url), "utf8");
      expect(validate(load(text)).issues).toEqual([]);
    }
    expect(Object.keys(BASE).length).toBe(4);
  });
});
