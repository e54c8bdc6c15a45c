import { isPodworksValidationError } from "@podworks/core";
import * as pulumi from "@pulumi/pulumi";
import { beforeEach, describe, expect, it } from "vitest";
import { installMocks, promiseOf, settle } from "./__tests__/mocks.js";

const recorder = await installMocks();
const k8s = await import("@pulumi/kubernetes");
const { Job, JOB_IMMUTABLE_FIELDS } = await import("./job.js");
type Args = import("./job.js").JobArgs;

const JOB = "kubernetes:batch/v1:Job";

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
    expect(child.inputs.spec).toMatchObject({
      completions: 5,
      parallelism: 2,
      backoffLimit: 4,
      ttlSecondsAfterFinished: 600,
    });
    expect(child.inputs.spec.template.spec.restartPolicy).toBe("Never");
    expect(await promiseOf(job.name)).toBe("pi");
    expect(await promiseOf(job.namespace)).toBe("default");
  });

  it("keeps the spec's name, deletes before replacing and replaces on immutable fields", async () => {
    await deploy("pi", { spec: pi });
    const child = recorder.one(JOB);
    expect(child.options.deleteBeforeReplace).toBe(true);
    expect(child.options.replaceOnChanges).toEqual([...JOB_IMMUTABLE_FIELDS]);
    expect(child.options.replaceOnChanges).toContain("spec.template");
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
