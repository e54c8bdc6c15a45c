// The four seed workloads of examples/specs, written once in YAML (the same files the podworks CLI reads),
// validated by @podworks/core and deployed with the @podworks/pulumi components.
import { readFileSync } from "node:fs";
import { formatIssues, validate, type WorkloadSpec } from "@podworks/core";
import { parseSpecs } from "@podworks/core/parse";
import { CronJob, DaemonSet, Job, StatefulSet } from "@podworks/pulumi";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();
const provider = new k8s.Provider("cluster", {
  namespace: config.get("namespace") ?? "default",
  kubeconfig: config.get("kubeconfig") || undefined,
});

// The YAML lives in examples/specs, next to this project. `pnpm build` puts this file in dist/, one level down.
const projectDir = new URL(import.meta.url.includes("/dist/") ? "../" : "./", import.meta.url);
const specsDir = new URL("../specs/", projectDir);
const files = ["job.yaml", "cron-job.yaml", "daemon-set.yaml", "stateful-set.yaml"];

function load(file: string): WorkloadSpec {
  const parsed = parseSpecs(readFileSync(new URL(file, specsDir), "utf8"));
  if (parsed.issues.length) throw new Error(`${file}:\n${formatIssues(parsed.issues)}`);
  const result = validate(parsed.specs[0]);
  if (!result.ok) throw new Error(`${file}:\n${formatIssues(result.issues)}`);
  return result.value;
}

const names: pulumi.Output<string>[] = [];
for (const spec of files.map(load)) {
  const opts = { provider };
  switch (spec.kind) {
    case "Job":
      names.push(new Job(spec.name, { spec, timeoutSeconds: 300 }, opts).name);
      break;
    case "CronJob":
      names.push(new CronJob(spec.name, { spec }, opts).name);
      break;
    case "DaemonSet":
      names.push(new DaemonSet(spec.name, { spec }, opts).name);
      break;
    case "StatefulSet":
      names.push(new StatefulSet(spec.name, { spec }, opts).name);
      break;
  }
}

export const workloads = pulumi.all(names);
