// A log agent on every node, control-plane nodes included, with cpu 100m / memory 200Mi limits
// (the seed's examples/specs/daemon-set.yaml, written in TypeScript).
import { DaemonSet } from "@podworks/pulumi";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();
const imageTag = config.get("imageTag") ?? "1.37";

const provider = new k8s.Provider("cluster", {
  namespace: config.get("namespace") ?? "default",
  kubeconfig: config.get("kubeconfig") || undefined,
});

const agent = new DaemonSet(
  "log-agent",
  {
    spec: {
      // Tolerates node-role.kubernetes.io/control-plane and the legacy .../master NoSchedule taints.
      tolerateControlPlane: true,
      containers: [
        {
          name: "agent",
          image: `busybox:${imageTag}`,
          command: ["tail", "-f", "/dev/null"],
          resources: { requests: { cpu: "100m", memory: "200Mi" }, limits: { cpu: "100m", memory: "200Mi" } },
        },
      ],
    },
    // `pulumi up` waits until the agent runs on every node.
    timeoutSeconds: 300,
  },
  { provider },
);

export const daemonSetName = agent.name;
export const namespace = agent.namespace;
