// The packed @podworks/pulumi under Pulumi's mocks: a component registers its Kubernetes children.
import assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";

const registered = [];
pulumi.runtime.setMocks(
  {
    newResource: (args) => {
      registered.push(args.type);
      return { id: `${args.name}-id`, state: args.inputs };
    },
    call: (args) => args.inputs,
  },
  "packaging",
  "test",
  false,
);
const { Job, StatefulSet } = await import("@podworks/pulumi");
const container = { name: "main", image: "busybox:1.37" };
const job = new Job("pi", { spec: { containers: [container] } });
const db = new StatefulSet("db", {
  spec: {
    replicas: 1,
    containers: [{ ...container, volumeMounts: [{ name: "data", mountPath: "/data" }] }],
    volumeClaimTemplates: [{ name: "data", resources: { requests: { storage: "1Gi" } } }],
  },
});
const settled = (output) => new Promise((resolve) => output.apply(resolve));
await Promise.all([settled(job.urn), settled(db.urn), settled(job.job.id), settled(db.statefulSet.id)]);
for (const type of [
  "podworks:index:Job",
  "kubernetes:batch/v1:Job",
  "podworks:index:StatefulSet",
  "kubernetes:apps/v1:StatefulSet",
  "kubernetes:core/v1:Service",
]) {
  assert.ok(registered.includes(type), `${type} was not registered (got ${registered.join(", ")})`);
}
console.log("pulumi (components under mocks): ok");
