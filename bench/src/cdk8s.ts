/**
 * The workload mix in cdk8s-plus-33 (the current Kubernetes line): one App and Chart, one construct per
 * workload, configured to write what podworks writes wherever cdk8s-plus has an option for it.
 */
import type * as Cdk8s from "cdk8s";
import type * as Plus from "cdk8s-plus-33";
import { configured, NAME_LABEL, type Workload, workloadAt } from "./workloads.ts";

export interface Cdk8sModules {
  readonly cdk8s: typeof Cdk8s;
  readonly plus: typeof Plus;
}

export async function loadCdk8s(): Promise<Cdk8sModules> {
  const [cdk8s, plus] = await Promise.all([import("cdk8s"), import("cdk8s-plus-33")]);
  return { cdk8s, plus };
}

/** The five fields of a schedule, as cdk8s' Cron.schedule takes them. */
function cronOptions(schedule: string) {
  const [minute, hour, day, month, weekDay] = schedule.split(" ");
  return { minute, hour, day, month, weekDay };
}

function addWorkload(m: Cdk8sModules, chart: Cdk8s.Chart, w: Workload): void {
  const { cdk8s, plus } = m;
  const labels = { [NAME_LABEL]: w.name };
  const container = (withPort: boolean): Plus.ContainerProps => ({
    name: "main",
    image: configured.image,
    imagePullPolicy: plus.ImagePullPolicy.IF_NOT_PRESENT,
    command: [...w.command],
    resources: {
      cpu: { limit: plus.Cpu.millis(100) },
      memory: { limit: cdk8s.Size.mebibytes(64) },
    },
    securityContext: {
      ensureNonRoot: true,
      privileged: false,
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: [plus.Capability.ALL] },
      seccompProfile: { type: plus.SeccompProfileType.RUNTIME_DEFAULT },
    },
    ...(withPort
      ? {
          ports: [{ name: configured.portName, number: configured.port }],
          volumeMounts: [
            { path: configured.mountPath, volume: plus.Volume.fromEmptyDir(chart, `${w.name}-data`, "data") },
          ],
        }
      : {}),
  });
  const pod = {
    securityContext: {
      ensureNonRoot: true,
      user: configured.runAs,
      group: configured.runAs,
      fsGroupChangePolicy: plus.FsGroupChangePolicy.ALWAYS,
    },
    automountServiceAccountToken: true,
    terminationGracePeriod: cdk8s.Duration.seconds(configured.terminationGracePeriodSeconds),
  };
  switch (w.kind) {
    case "Job":
      new plus.Job(chart, w.name, { metadata: { name: w.name }, containers: [container(false)], ...pod });
      return;
    case "CronJob":
      new plus.CronJob(chart, w.name, {
        metadata: { name: w.name },
        schedule: cdk8s.Cron.schedule(cronOptions(w.schedule)),
        concurrencyPolicy: plus.ConcurrencyPolicy.FORBID,
        startingDeadline: cdk8s.Duration.seconds(configured.startingDeadlineSeconds),
        containers: [container(false)],
        ...pod,
      });
      return;
    case "DaemonSet": {
      const ds = new plus.DaemonSet(chart, w.name, {
        metadata: { name: w.name, labels },
        podMetadata: { labels },
        select: false,
        containers: [container(false)],
        ...pod,
      });
      ds.select(plus.LabelSelector.of({ labels }));
      return;
    }
    case "StatefulSet": {
      const service = new plus.Service(chart, `${w.name}-service`, {
        metadata: { name: w.name, labels },
        clusterIP: "None",
        ports: [{ name: configured.portName, port: configured.port, targetPort: configured.port }],
      });
      service.selectLabel(NAME_LABEL, w.name);
      const sts = new plus.StatefulSet(chart, w.name, {
        metadata: { name: w.name, labels },
        podMetadata: { labels },
        select: false,
        service,
        replicas: configured.replicas,
        containers: [container(true)],
        volumeClaimTemplates: [
          {
            name: "data",
            storage: cdk8s.Size.gibibytes(1),
            accessModes: [plus.PersistentVolumeAccessMode.READ_WRITE_ONCE],
          },
        ],
        ...pod,
      });
      sts.select(plus.LabelSelector.of({ labels }));
      return;
    }
  }
}

/** An App with one Chart holding the N workloads. */
export function buildCdk8s(m: Cdk8sModules, n: number): { app: Cdk8s.App; chart: Cdk8s.Chart } {
  const app = new m.cdk8s.App();
  const chart = new m.cdk8s.Chart(app, "bench", { disableResourceNameHashes: true });
  for (let i = 0; i < n; i++) addWorkload(m, chart, workloadAt(i));
  return { app, chart };
}
