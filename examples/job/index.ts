// A Job that must succeed 5 times, 2 pods at a time, retrying failed pods up to 4 times
// (the seed's examples/specs/job.yaml, written in TypeScript).
import { Job } from "@podworks/pulumi";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();
const imageTag = config.get("imageTag") ?? "1.37";

// An explicit provider: every object lands in its namespace, and it can point at any kubeconfig.
const provider = new k8s.Provider("cluster", {
  namespace: config.get("namespace") ?? "default",
  kubeconfig: config.get("kubeconfig") || undefined,
});

const pi = new Job(
  "pi",
  {
    spec: {
      labels: { "app.kubernetes.io/part-of": "podworks-examples" },
      completions: 5,
      parallelism: 2,
      backoffLimit: 4,
      ttlSecondsAfterFinished: 600,
      containers: [
        {
          name: "pi",
          image: `busybox:${imageTag}`,
          command: ["sh", "-c", "echo computing; sleep 5; echo done"],
          resources: { requests: { cpu: "50m", memory: "32Mi" }, limits: { cpu: "100m", memory: "64Mi" } },
        },
      ],
    },
    // `pulumi up` waits until the Job has completed; give it 5 minutes.
    timeoutSeconds: 300,
  },
  { provider },
);

export const jobName = pi.name;
export const namespace = pi.namespace;
