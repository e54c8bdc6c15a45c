import { StatefulSet } from "@podworks/pulumi";

const web = new StatefulSet("web", {
  spec: {
    replicas: 3,
    containers: [
      {
        name: "web",
        image: "busybox:1.37",
        command: ["tail", "-f", "/dev/null"],
        ports: [{ name: "http", containerPort: 8080 }],
        volumeMounts: [{ name: "data", mountPath: "/data" }],
        resources: { limits: { cpu: "100m", memory: "128Mi" } },
      },
    ],
    volumeClaimTemplates: [{ name: "data", resources: { requests: { storage: "1Gi" } } }],
  },
});

export const pvcNames = web.pvcNames; // data-web-0, data-web-1, data-web-2
