// Three pods with stable names (web-0, web-1, web-2), per-pod DNS through a generated headless Service,
// and one 1Gi claim each that is kept when the StatefulSet is deleted, replaced or scaled down
// (the seed's examples/specs/stateful-set.yaml, written in TypeScript).
import { StatefulSet } from "@podworks/pulumi";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();
const imageTag = config.get("imageTag") ?? "1.37";

const provider = new k8s.Provider("cluster", {
  namespace: config.get("namespace") ?? "default",
  kubeconfig: config.get("kubeconfig") || undefined,
});

const web = new StatefulSet(
  "web",
  {
    spec: {
      replicas: 3,
      containers: [
        {
          name: "web",
          image: `busybox:${imageTag}`,
          command: ["tail", "-f", "/dev/null"],
          ports: [{ name: "http", containerPort: 8080 }],
          volumeMounts: [{ name: "data", mountPath: "/data" }],
          resources: { limits: { cpu: "100m", memory: "128Mi" } },
        },
      ],
      // Growing `storage` later resizes the three existing claims in place (if the StorageClass allows it).
      volumeClaimTemplates: [{ name: "data", resources: { requests: { storage: "1Gi" } } }],
    },
  },
  { provider },
);

export const statefulSetName = web.name;
export const namespace = web.namespace;
export const podDnsNames = web.podDnsNames;
export const pvcNames = web.pvcNames;
