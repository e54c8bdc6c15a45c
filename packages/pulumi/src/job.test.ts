import { isPodworksValidationError, type Job as K8sJob, toManifests, validateJob } from "@podworks/core";
import * as pulumi from "@pulumi/pulumi";
import { beforeEach, describe, expect, it } from "vitest";
import { installMocks, promiseOf, settle } from "./__tests__/mocks.js";

const recorder = await installMocks({ uids: true });
const k8s = await import("@pulumi/kubernetes");
const { Job, JOB_IMMUTABLE_FIELDS, JOB_RECORD_FINALIZER, jobOutcome, jobSpecHash, planJob } = await import(
  "./job.js"
);
type Args = import("./job.js").JobArgs;

const JOB = "kubernetes:batch/v1:Job";
const PATCH = "kubernetes:batch/v1:JobPatch";

/** The seed's Job (examples/specs/job.yaml). */
const pi: Args["spec"] = {
  labels: { "app.kubernetes.io/part-of": "podworks-examples" },
  completions: 5,
  parallelism: 2,
  backoffLimit: 4,
  ttlSecondsAfterFinished: 600,
  containers: [
    {
      name: "pi",
      image: "busybox:1.37",
      command: ["sh", "-c", "echo computing; sleep 5; echo done"],
      resources: { requests: { cpu: "50m", memory: "32Mi" }, limits: { cpu: "100m", memory: "64Mi" } },
    },
  ],
};

async function deploy(name: string, args: Args, opts?: pulumi.ComponentResourceOptions) {
  const job = new Job(name, args, opts);
  await settle(job, job.job);
  return job;
}

beforeEach(() => recorder.clear());

describe("Job component", () => {
  it("registers podworks:index:Job with one batch/v1 Job child rendered by core", async () => {
    const job = await deploy("pi", { spec: pi });
    const component = recorder.one("podworks:index:Job", "pi");
    const child = recorder.one(JOB, "pi");
    expect(child.options.parent).toBe(component.urn);
    expect(child.inputs.metadata).toEqual({
      name: "pi",
      labels: { "app.kubernetes.io/part-of": "podworks-examples" },
    });
    expect(child.inputs.spec).toMatchObject({ completions: 5, parallelism: 2, backoffLimit: 4 });
    // The TTL is applied by the in-place patch, after the record finalizer (see below).
    expect(child.inputs.spec.ttlSecondsAfterFinished).toBeUndefined();
    expect(child.inputs.spec.template.spec.restartPolicy).toBe("Never");
    expect(await promiseOf(job.name)).toBe("pi");
    expect(await promiseOf(job.namespace)).toBe("default");
  });

  it("keeps the spec's name, deletes before replacing and replaces on immutable fields", async () => {
    await deploy("pi", { spec: pi });
    const child = recorder.one(JOB);
    expect(child.options.deleteBeforeReplace).toBe(true);
    // A NonIndexed Job's completions cannot change in place, so it joins the fields that always replace.
    expect(child.options.replaceOnChanges).toEqual(["spec.completions", ...JOB_IMMUTABLE_FIELDS]);
    expect(child.options.replaceOnChanges).toContain("spec.template");
    expect(child.options.replaceOnChanges).not.toContain("spec.parallelism");
  });

  it("throws core's PodworksValidationError at construction for an invalid spec", () => {
    let caught: unknown;
    try {
      new Job("pi", {
        spec: {
          ...pi,
          completionMode: "Indexed",
          completions: undefined,
          restartPolicy: "Always" as "Never",
        },
      });
    } catch (error) {
      caught = error;
    }
    expect(isPodworksValidationError(caught)).toBe(true);
    if (!isPodworksValidationError(caught)) return;
    expect(caught.subject).toBe('podworks:index:Job "pi" (args.spec)');
    expect(caught.issues.length).toBeGreaterThanOrEqual(2);
  });
});

describe("Job await behaviour", () => {
  it("waits for completion by default, with the provider's timeout", async () => {
    await deploy("pi", { spec: pi });
    const child = recorder.one(JOB);
    expect(child.inputs.metadata.annotations).toBeUndefined();
    expect(child.options.customTimeouts).toEqual({ create: "", update: "", delete: "" });
  });

  it("waits as long as timeoutSeconds says", async () => {
    await deploy("pi", { spec: pi, timeoutSeconds: 1800 });
    expect(recorder.one(JOB).options.customTimeouts).toEqual({
      create: "1800s",
      update: "1800s",
      delete: "",
    });
  });

  it("skips waiting with wait: false", async () => {
    await deploy("pi", { spec: pi, wait: false });
    expect(recorder.one(JOB).inputs.metadata.annotations).toEqual({ "pulumi.com/skipAwait": "true" });
  });

  it("replaces a Job that did not complete before with replaceUnready", async () => {
    await deploy("pi", { spec: pi, replaceUnready: true });
    expect(recorder.one(JOB).inputs.metadata.annotations).toEqual({ "pulumi.com/replaceUnready": "true" });
  });

  it("refuses timeoutSeconds together with wait: false", () => {
    expect(() => new Job("pi", { spec: pi, wait: false, timeoutSeconds: 60 })).toThrow(
      /has no effect with `wait: false`/,
    );
  });
});

describe("Job inputs, providers and escape hatches", () => {
  it("accepts Outputs and secrets (image tag, env) and resolves them", async () => {
    const tag = pulumi.output("1.37");
    await deploy("pi", {
      spec: {
        ...pi,
        containers: [
          {
            name: "pi",
            image: pulumi.interpolate`busybox:${tag}` as unknown as string,
            env: [{ name: "TOKEN", value: pulumi.secret("t0k3n") as unknown as string }],
          },
        ],
      },
    });
    const child = recorder.one(JOB);
    expect(child.inputs.spec.template.spec.containers[0].image).toBe("busybox:1.37");
    expect(child.inputs.spec.template.spec.containers[0].env).toEqual([{ name: "TOKEN", value: "t0k3n" }]);
    expect(child.secrets).toContain("spec");
    expect(child.secrets).not.toContain("metadata");
  });

  it("uses an explicit provider and its namespace", async () => {
    const provider = new k8s.Provider("batch", { namespace: "batch" });
    const job = await deploy("pi", { spec: pi }, { provider });
    expect(recorder.one(JOB).options.provider).toBe(`${await promiseOf(provider.urn)}::batch-id`);
    expect(await promiseOf(job.namespace)).toBe("batch");
  });

  it("prefers the spec's namespace over the provider's", async () => {
    const provider = new k8s.Provider("batch", { namespace: "batch" });
    const job = await deploy("pi", { spec: { ...pi, namespace: "reports" } }, { provider });
    expect(recorder.one(JOB).inputs.metadata.namespace).toBe("reports");
    expect(await promiseOf(job.namespace)).toBe("reports");
  });

  it("applies transformManifest and Pulumi transforms", async () => {
    await deploy(
      "pi",
      {
        spec: pi,
        transformManifest: (manifest) => {
          if (manifest.kind === "Job") manifest.spec!.template.spec!.shareProcessNamespace = true;
          return manifest;
        },
      },
      {
        transforms: [
          (args) =>
            args.type === JOB
              ? {
                  props: {
                    ...args.props,
                    metadata: { ...args.props.metadata, annotations: { owner: "ops" } },
                  },
                  opts: args.opts,
                }
              : undefined,
        ],
      },
    );
    const child = recorder.one(JOB);
    expect(child.inputs.spec.template.spec.shareProcessNamespace).toBe(true);
    expect(child.inputs.metadata.annotations).toEqual({ owner: "ops" });
  });
});

describe("Job in-place updates", () => {
  it("applies parallelism with a force-owning JobPatch and hides it from the Job resource's diff", async () => {
    const job = await deploy("pi", { spec: pi });
    await settle(job.inPlacePatch);
    const child = recorder.one(JOB);
    // The provider would replace the Job on a parallelism change (its forceNew list): podworks ignores it there...
    expect(child.options.ignoreChanges).toEqual(["spec.parallelism", "spec.ttlSecondsAfterFinished"]);
    // ...and applies it with the patch, which takes the field over from the Job's field manager.
    const patch = recorder.one(PATCH, "pi-in-place");
    expect(patch.options.parent).toBe(recorder.one("podworks:index:Job").urn);
    expect(patch.options.dependencies).toContain(child.urn);
    expect(patch.options.retainOnDelete).toBe(true);
    expect(patch.inputs.metadata).toMatchObject({
      name: "pi",
      namespace: "default",
      annotations: { "pulumi.com/patchForce": "true", "pulumi.com/skipAwait": "true" },
    });
    // It follows the Job's UID, so a re-created Job gets the patch again.
    expect(patch.inputs.metadata.annotations["podworks.dev/job-uid"]).toBe("uid-pi");
    expect(patch.inputs.spec).toEqual({ parallelism: 2, ttlSecondsAfterFinished: 600 });
  });

  it("changes an Indexed Job's completions in place only in tandem with parallelism", async () => {
    await deploy("tandem", { spec: { ...pi, completionMode: "Indexed", completions: 4, parallelism: 4 } });
    const tandem = recorder.one(JOB, "tandem");
    expect(tandem.options.ignoreChanges).toEqual([
      "spec.parallelism",
      "spec.completions",
      "spec.ttlSecondsAfterFinished",
    ]);
    expect(tandem.options.replaceOnChanges).not.toContain("spec.completions");
    expect(recorder.one(PATCH, "tandem-in-place").inputs.spec).toMatchObject({
      completions: 4,
      parallelism: 4,
    });

    await deploy("apart", { spec: { ...pi, completionMode: "Indexed", completions: 4, parallelism: 2 } });
    const apart = recorder.one(JOB, "apart");
    expect(apart.options.ignoreChanges).toEqual(["spec.parallelism", "spec.ttlSecondsAfterFinished"]);
    expect(apart.options.replaceOnChanges).toContain("spec.completions");
    expect(recorder.one(PATCH, "apart-in-place").inputs.spec.completions).toBeUndefined();
  });

  it("changes a suspended Job's scheduling fields in place, and does not wait for it", async () => {
    const spec = { ...pi, suspend: true, nodeSelector: { pool: "batch" }, podLabels: { team: "data" } };
    await deploy("held", { spec });
    const child = recorder.one(JOB);
    expect(child.options.ignoreChanges).toEqual([
      "spec.parallelism",
      "spec.ttlSecondsAfterFinished",
      "spec.template.spec.nodeSelector",
      "spec.template.spec.tolerations",
      "spec.template.spec.affinity",
      "spec.template.metadata.labels",
      "spec.template.metadata.annotations",
      "spec.template.spec.schedulingGates",
    ]);
    expect(child.inputs.metadata.annotations).toEqual({ "pulumi.com/skipAwait": "true" });
    const patch = recorder.one(PATCH, "held-in-place");
    expect(patch.inputs.spec.template.spec.nodeSelector).toEqual({ pool: "batch" });
    expect(patch.inputs.spec.template.metadata.labels).toMatchObject({ team: "data" });
    expect(patch.inputs.spec.template.spec.containers).toBeUndefined();
  });

  it("replaces a running Job on a scheduling change (the template is immutable unless suspended)", async () => {
    await deploy("pi", { spec: { ...pi, nodeSelector: { pool: "batch" } } });
    const child = recorder.one(JOB);
    expect(child.options.ignoreChanges).not.toContain("spec.template.spec.nodeSelector");
    expect(child.options.replaceOnChanges).toContain("spec.template");
    expect(recorder.one(PATCH, "pi-in-place").inputs.spec.template).toBeUndefined();
  });

  it("keeps scheduling gates out of place before 1.27", async () => {
    await deploy("held", { spec: { ...pi, suspend: true }, kubernetesVersion: "1.26" });
    expect(recorder.one(JOB).options.ignoreChanges).not.toContain("spec.template.spec.schedulingGates");
  });

  it("refuses Outputs for the keys that decide what updates in place", () => {
    expect(
      () => new Job("pi", { spec: { ...pi, parallelism: pulumi.output(3) as unknown as number } }),
    ).toThrow(/`spec.parallelism` must be a plain value/);
  });
});

describe("Job record of completion (ttlSecondsAfterFinished)", () => {
  it("holds a finalizer with its own patch, and hands the TTL to the Job only after it", async () => {
    const job = await deploy("pi", { spec: pi });
    await settle(job.inPlacePatch);
    const record = recorder.one(PATCH, "pi-record");
    expect(record.inputs.metadata.finalizers).toEqual([JOB_RECORD_FINALIZER]);
    expect(record.inputs.spec).toBeUndefined();
    // Deleting the record patch relinquishes the finalizer, so it is not retained.
    expect(record.options.retainOnDelete).toBeFalsy();
    expect(record.options.dependencies).toContain(recorder.one(JOB).urn);
    const inPlace = recorder.one(PATCH, "pi-in-place");
    expect(inPlace.options.dependencies).toContain(record.urn);
    expect(inPlace.inputs.spec.ttlSecondsAfterFinished).toBe(600);
  });

  it("adds no record without a TTL", async () => {
    const { ttlSecondsAfterFinished: _, ...noTtl } = pi;
    const job = await deploy("pi", { spec: noTtl });
    expect(job.recordPatch).toBeUndefined();
    expect(recorder.byType(PATCH).map((r) => r.name)).toEqual(["pi-in-place"]);
  });
});

describe("Job names from a spec hash", () => {
  it("names the Job after its spec, creates a changed one beside the old one and lets the old one go", async () => {
    const job = await deploy("pi", { spec: pi, nameFromSpecHash: true });
    const child = recorder.one(JOB);
    expect(child.inputs.metadata.name).toMatch(/^pi-[0-9a-f]{10}$/);
    expect(await promiseOf(job.name)).toBe(child.inputs.metadata.name);
    expect(child.options.retainOnDelete).toBe(true);
    expect(child.options.deleteBeforeReplace).toBe(false);
    expect(recorder.one(PATCH, "pi-in-place").inputs.metadata.name).toBe(child.inputs.metadata.name);
  });

  it("keeps the hash for in-place changes and changes it for the rest", () => {
    const base = planJob(renderedJob(pi), { hashName: true, shape: {} }).job.metadata?.name;
    const same = (spec: typeof pi) =>
      planJob(renderedJob(spec), { hashName: true, shape: {} }).job.metadata?.name;
    expect(same({ ...pi, parallelism: 3, backoffLimit: 9, ttlSecondsAfterFinished: 60, suspend: true })).toBe(
      base,
    );
    const container = { name: "pi", image: "busybox:1.36", command: ["sh", "-c", "echo done"] };
    expect(same({ ...pi, containers: [container] })).not.toBe(base);
    expect(same({ ...pi, completions: 6 })).not.toBe(base);
    expect(same({ ...pi, labels: { team: "data" } })).not.toBe(base);
  });

  it("hashes the same object to the same value whatever the key order", () => {
    const job = renderedJob(pi);
    const reordered = JSON.parse(JSON.stringify({ spec: job.spec, metadata: job.metadata, kind: job.kind }));
    expect(jobSpecHash(reordered)).toBe(jobSpecHash(job));
  });

  it("requires a TTL and room for the hash in the name", () => {
    const { ttlSecondsAfterFinished: _, ...noTtl } = pi;
    expect(() => new Job("pi", { spec: noTtl, nameFromSpecHash: true })).toThrow(
      /needs `spec.ttlSecondsAfterFinished`[\s\S]*TTL이 없으면/,
    );
    expect(() => new Job("x".repeat(53), { spec: pi, nameFromSpecHash: true })).toThrow(
      /at most 52 characters; "x{53}" has 53[\s\S]*52자 이하/,
    );
  });
});

describe("Job outputs", () => {
  it("reads the final condition, counts and completion time from the Job's status", () => {
    expect(
      jobOutcome({
        conditions: [
          { type: "SuccessCriteriaMet", status: "True" },
          { type: "Complete", status: "True", reason: "CompletionsReached" },
        ],
      }),
    ).toEqual({ type: "Complete", reason: "CompletionsReached" });
    expect(
      jobOutcome({
        conditions: [{ type: "Failed", status: "True", reason: "BackoffLimitExceeded", message: "too many" }],
      }),
    ).toEqual({ type: "Failed", reason: "BackoffLimitExceeded", message: "too many" });
    expect(jobOutcome({ conditions: [{ type: "Complete", status: "False" }] })).toBeUndefined();
    expect(jobOutcome(undefined)).toBeUndefined();
  });

  it("exposes them on the component", async () => {
    const job = await deploy("pi", { spec: pi });
    // The mocks return the inputs as state: no status yet, so nothing has finished.
    expect(await promiseOf(job.outcome)).toBeUndefined();
    expect(await promiseOf(job.succeeded)).toBe(0);
    expect(await promiseOf(job.failed)).toBe(0);
    expect(await promiseOf(job.completionTime)).toBeUndefined();
  });
});

/** The Job core renders for a spec (the component's input to planJob). */
function renderedJob(spec: Args["spec"]): K8sJob {
  const result = validateJob({ ...spec, kind: "Job", name: "pi" });
  if (!result.ok) throw new Error(`invalid test spec: ${JSON.stringify(result.issues)}`);
  return toManifests(result.value)[0] as K8sJob;
}
