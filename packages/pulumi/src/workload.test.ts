import { isPodworksValidationError, type KubernetesObject } from "@podworks/core";
import * as pulumi from "@pulumi/pulumi";
import { describe, expect, it } from "vitest";
import { failureOf, installMocks, type Json, promiseOf } from "./__tests__/mocks.js";

await installMocks();
const { childArgs, childInputs, hasInputs, renderSpec, timeoutsOf, withAnnotations } = await import(
  "./workload.js"
);

/** The rendered objects, whether the spec was plain (an array) or held inputs (an Output). */
const objectsOf = (rendered: { objects: readonly KubernetesObject[] | pulumi.Output<KubernetesObject[]> }) =>
  pulumi.Output.isInstance(rendered.objects)
    ? promiseOf(rendered.objects)
    : Promise.resolve(rendered.objects);

const job = {
  containers: [{ name: "pi", image: "busybox:1.37", command: ["sh", "-c", "echo done"] }],
  completions: 5,
  parallelism: 2,
};

describe("hasInputs", () => {
  it("finds Outputs and Promises at any depth, and nothing in plain values", () => {
    expect(hasInputs({ a: [{ b: "x" }], c: 1, d: null, e: undefined })).toBe(false);
    expect(hasInputs({ a: [{ b: pulumi.output("x") }] })).toBe(true);
    expect(hasInputs({ a: { b: Promise.resolve(1) } })).toBe(true);
    expect(hasInputs(pulumi.secret("s"))).toBe(true);
  });
});

describe("renderSpec", () => {
  it("validates and renders a plain spec synchronously, naming the component's object after it", async () => {
    const rendered = renderSpec({ kind: "Job", type: "podworks:index:Job", name: "pi", args: { spec: job } });
    expect(rendered.spec?.name).toBe("pi");
    // Known at construction: plain objects, no Output chain.
    expect(Array.isArray(rendered.objects)).toBe(true);
    const [object] = await objectsOf(rendered);
    expect(object?.kind).toBe("Job");
    expect(object?.metadata?.name).toBe("pi");
  });

  it("throws core's error for a plain spec, with every problem and the component as subject", () => {
    let caught: unknown;
    try {
      renderSpec({
        kind: "Job",
        type: "podworks:index:Job",
        name: "pi",
        args: { spec: { ...job, completions: -1, restartPolicy: "Always" as "Never" } },
      });
    } catch (error) {
      caught = error;
    }
    expect(isPodworksValidationError(caught)).toBe(true);
    if (!isPodworksValidationError(caught)) return;
    expect(caught.subject).toBe('podworks:index:Job "pi" (args.spec)');
    expect(caught.issues.map((i) => i.path).sort()).toEqual(["completions", "restartPolicy"]);
  });

  it("rejects a kind that does not match the component", () => {
    expect(() =>
      renderSpec({
        kind: "Job",
        type: "podworks:index:Job",
        name: "pi",
        args: { spec: { ...job, kind: "CronJob" } as { kind?: string } },
      }),
    ).toThrow(/expected kind Job/);
  });

  it("passes kubernetesVersion to core, which rejects fields newer than the cluster", () => {
    const spec = {
      containers: [{ name: "web", image: "busybox:1.37" }],
      ordinals: { start: 1 },
    };
    const args = (kubernetesVersion: `1.${number}`) => ({ spec, kubernetesVersion });
    expect(() =>
      renderSpec({
        kind: "StatefulSet",
        type: "podworks:index:StatefulSet",
        name: "web",
        args: args("1.34"),
      }),
    ).not.toThrow();
    expect(() =>
      renderSpec({
        kind: "StatefulSet",
        type: "podworks:index:StatefulSet",
        name: "web",
        args: args("1.26"),
      }),
    ).toThrow(/ordinals/);
  });

  it("validates a spec holding Outputs once they resolve, rejecting with core's error", async () => {
    const rendered = renderSpec({
      kind: "Job",
      type: "podworks:index:Job",
      name: "pi",
      args: { spec: { ...job, parallelism: pulumi.output(-3) as unknown as number } },
    });
    expect(rendered.spec).toBeUndefined();
    if (rendered.spec !== undefined) return;
    const error = await failureOf(rendered.objects);
    expect(isPodworksValidationError(error)).toBe(true);
    expect(String(error)).toMatch(/parallelism/);
  });

  it("renders a spec holding Outputs with the resolved values", async () => {
    const rendered = renderSpec({
      kind: "Job",
      type: "podworks:index:Job",
      name: "pi",
      args: {
        spec: {
          ...job,
          namespace: pulumi.output("batch") as unknown as string,
          containers: [{ name: "pi", image: pulumi.output("busybox:1.37") as unknown as string }],
        },
      },
    });
    const [object] = (await objectsOf(rendered)) as [KubernetesObject & { spec: Json }];
    expect(object.metadata?.namespace).toBe("batch");
    expect(object.spec.template.spec.containers[0].image).toBe("busybox:1.37");
  });

  it("hands transformManifest a copy and deploys what it returns", async () => {
    let original: KubernetesObject | undefined;
    const rendered = renderSpec({
      kind: "Job",
      type: "podworks:index:Job",
      name: "pi",
      args: {
        spec: job,
        transformManifest: (manifest) => {
          original = manifest;
          return { ...manifest, metadata: { ...manifest.metadata, labels: { patched: "yes" } } };
        },
      },
    });
    const [object] = await objectsOf(rendered);
    expect(object?.metadata?.labels).toEqual({ patched: "yes" });
    expect(original?.metadata?.labels).toBeUndefined();
  });

  it("refuses a transformManifest that returns nothing", () => {
    expect(() =>
      renderSpec({
        kind: "Job",
        type: "podworks:index:Job",
        name: "pi",
        args: {
          spec: job,
          transformManifest: (() => undefined) as unknown as (m: KubernetesObject) => KubernetesObject,
        },
      }),
    ).toThrow(/must return the Job object to deploy/);
  });
});

describe("childInputs", () => {
  it("hands a plain spec's objects to the child as plain values, with the annotations merged", () => {
    const rendered = renderSpec({ kind: "Job", type: "podworks:index:Job", name: "pi", args: { spec: job } });
    const inputs = childInputs(rendered, "Job", { "pulumi.com/skipAwait": "true" });
    expect(hasInputs(inputs)).toBe(false);
    expect(inputs.metadata).toMatchObject({ name: "pi", annotations: { "pulumi.com/skipAwait": "true" } });
    expect((inputs.spec as { completions?: number }).completions).toBe(5);
  });

  it("hands a spec that held inputs to the child as Outputs of the resolved objects", async () => {
    const rendered = renderSpec({
      kind: "Job",
      type: "podworks:index:Job",
      name: "pi",
      args: { spec: { ...job, completions: pulumi.output(7) as unknown as number } },
    });
    const inputs = childInputs(rendered, "Job", { a: "1" });
    expect(pulumi.Output.isInstance(inputs.spec)).toBe(true);
    expect(await promiseOf(inputs.metadata as pulumi.Output<unknown>)).toMatchObject({
      name: "pi",
      annotations: { a: "1" },
    });
    expect(await promiseOf(inputs.spec as pulumi.Output<{ completions: number }>)).toMatchObject({
      completions: 7,
    });
  });
});

describe("childArgs", () => {
  it("keeps the metadata readable when only the spec held a secret", async () => {
    const object = pulumi.secret({
      apiVersion: "batch/v1",
      kind: "Job",
      metadata: { name: "pi" },
      spec: { x: 1 },
    });
    const args = childArgs(object as pulumi.Output<KubernetesObject>, pulumi.output(false));
    expect(await pulumi.isSecret(args.metadata)).toBe(false);
    expect(await pulumi.isSecret(args.spec)).toBe(true);
    expect(await promiseOf(args.metadata)).toEqual({ name: "pi" });
  });

  it("keeps the metadata secret when a secret went into it", async () => {
    const object = pulumi.secret({ apiVersion: "batch/v1", kind: "Job", metadata: { name: "pi" }, spec: {} });
    const args = childArgs(object as pulumi.Output<KubernetesObject>, pulumi.output(true));
    expect(await pulumi.isSecret(args.metadata)).toBe(true);
  });
});

describe("small helpers", () => {
  it("turns timeoutSeconds into create and update timeouts and rejects non-positive or fractional values", () => {
    const component = new pulumi.ComponentResource("podworks:test:Holder", "holder");
    expect(timeoutsOf(component, undefined)).toBeUndefined();
    expect(timeoutsOf(component, 90)).toEqual({ create: "90s", update: "90s" });
    expect(() => timeoutsOf(component, -5)).toThrow(/`timeoutSeconds` must be a whole number.*\n.*정수/);
    expect(() => timeoutsOf(component, 1.5)).toThrow(/timeoutSeconds/);
  });

  it("merges annotations without changing the object it was given", () => {
    const object: KubernetesObject = {
      apiVersion: "batch/v1",
      kind: "Job",
      metadata: { name: "pi", annotations: { a: "1" } },
    };
    const merged = withAnnotations(object, { b: "2" });
    expect(merged.metadata?.annotations).toEqual({ a: "1", b: "2" });
    expect(object.metadata?.annotations).toEqual({ a: "1" });
    expect(withAnnotations(object, {})).toBe(object);
  });
});

describe("warnings", () => {
  it("logs core's warnings (beta fields, lint) without failing, in English or Korean", async () => {
    const { captureLogs } = await import("./__tests__/mocks.js");
    const logs = captureLogs();
    const spec = { containers: [{ name: "web", image: "busybox:1.37" }], ordinals: { start: 1 } };
    renderSpec({
      kind: "StatefulSet",
      type: "podworks:index:StatefulSet",
      name: "web",
      args: { spec, kubernetesVersion: "1.30" },
    });
    expect(logs.warn.some((line) => /ordinals: .*is beta in Kubernetes 1\.30/.test(line))).toBe(true);
    expect(logs.warn.some((line) => line.includes("[lint.no-readiness-probe]"))).toBe(true);
    expect(logs.warn.every((line) => line.startsWith('podworks:index:StatefulSet "web" (args.spec): '))).toBe(
      true,
    );
  });

  it("picks Korean from PODWORKS_LANG or a Korean locale", async () => {
    const { warningLanguage } = await import("./workload.js");
    expect(warningLanguage({ PODWORKS_LANG: "ko" })).toBe("ko");
    expect(warningLanguage({ LANG: "ko_KR.UTF-8" })).toBe("ko");
    expect(warningLanguage({ PODWORKS_LANG: "en", LANG: "ko_KR.UTF-8" })).toBe("en");
    expect(warningLanguage({ LANG: "en_US.UTF-8" })).toBe("en");
    expect(warningLanguage({})).toBe("en");
  });
});
