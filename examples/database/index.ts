// A database-like StatefulSet with two volumeClaimTemplates: `data` for the tables and `wal` for the
// write-ahead log. Each pod appends to both volumes, so it is easy to see that the data outlives a
// replacement: change a volumeClaimTemplate (or podManagementPolicy) and run `pulumi up`, then look at
// /data/log and /wal/log again. PVC protection (retention, stable names, the identity guard, in-place
// resizing) is on by default; the preview says what it does.
import { claimNames, type StatefulSetSpec } from "@podworks/core";
import { StatefulSet } from "@podworks/pulumi";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();
const imageTag = config.get("imageTag") ?? "1.37";
const namespace = config.get("namespace") ?? "default";

const provider = new k8s.Provider("cluster", {
  namespace,
  kubeconfig: config.get("kubeconfig") || undefined,
});

const writer = [
  "set -e",
  'echo "$(date -u +%FT%TZ) $HOSTNAME started" >> /data/log',
  'while true; do echo "$(date -u +%FT%TZ) $HOSTNAME checkpoint" >> /wal/log; sleep 30; done',
].join("\n");

const spec = {
  replicas: 2,
  serviceName: "db",
  podManagementPolicy: "Parallel",
  labels: { "app.kubernetes.io/part-of": "podworks-examples" },
  // Claims are created owned by root; fsGroup lets the non-root (65534) user write to them.
  securityContext: { fsGroup: 65534 },
  containers: [
    {
      name: "db",
      image: `busybox:${imageTag}`,
      command: ["sh", "-c", writer],
      ports: [{ name: "db", containerPort: 5432 }],
      volumeMounts: [
        { name: "data", mountPath: "/data" },
        { name: "wal", mountPath: "/wal" },
      ],
      resources: { requests: { cpu: "50m", memory: "32Mi" }, limits: { cpu: "100m", memory: "64Mi" } },
    },
  ],
  volumeClaimTemplates: [
    { name: "data", resources: { requests: { storage: "2Gi" } } },
    { name: "wal", resources: { requests: { storage: "1Gi" } } },
  ],
  // Written out for the reader; these are the defaults.
  persistentVolumeClaimRetentionPolicy: { whenDeleted: "Retain", whenScaled: "Retain" },
} satisfies Omit<StatefulSetSpec, "kind" | "name">;

const db = new StatefulSet("db", { spec, timeoutSeconds: 600 }, { provider });

export const statefulSetName = db.name;
export const podDnsNames = db.podDnsNames;
export const pvcNames = db.pvcNames;
// The same names, computed by core without Pulumi: what `kubectl get pvc` will list.
export const expectedClaims = claimNames({ ...spec, kind: "StatefulSet", name: "db" });
