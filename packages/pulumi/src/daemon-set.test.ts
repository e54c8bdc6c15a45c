import { CONTROL_PLANE_TOLERATIONS, isPodworksValidationError } from "@podworks/core";
import type * as pulumi from "@pulumi/pulumi";
import { beforeEach, describe, expect, it } from "vitest";
import { installMocks, promiseOf, settle } from "./__tests__/mocks.js";

const recorder = await installMocks();
const k8s = await import("@pulumi/kubernetes");
const { DaemonSet, DAEMONSET_IMMUTABLE_FIELDS } = await import("./daemon-set.js");
type Args = import("./daemon-set.js").DaemonSetArgs;

const DS = "kubernetes:apps/v1:DaemonSet";

/** The seed's DaemonSet (examples/specs/daemon-set.yaml). */
const agent: Args["spec"] = {
  tolerateControlPlane: true,
  containers: [
    {
      name: "agent",
      image: "busybox:1.37",
      command: ["tail", "-f", "/dev/null"],
      resources: { requests: { cpu: "100m", memory: "200Mi" }, limits: { cpu: "100m", memory: "200Mi" } },
    },
  ],
};

async function deploy(name: string, args: Args, opts?: pulumi.ComponentResourceOptions) {
  const ds = new DaemonSet(name, args, opts);
  await settle(ds, ds.daemonSet);
  return ds;
}

beforeEach(() => recorder.clear());

describe("DaemonSet component", () => {
  it("registers podworks:index:DaemonSet with one apps/v1 DaemonSet rendered by core, control-plane tolerations included", async () => {
    const ds = await deploy("log-agent", { spec: agent });
    const child = recorder.one(DS, "log-agent");
    expect(child.options.parent).toBe(recorder.one("podworks:index:DaemonSet").urn);
    expect(child.inputs.metadata.name).toBe("log-agent");
    expect(child.inputs.spec.template.spec.tolerations).toEqual(CONTROL_PLANE_TOLERATIONS);
    expect(child.inputs.spec.selector).toEqual({ matchLabels: { "app.kubernetes.io/name": "log-agent" } });
    expect(await promiseOf(ds.name)).toBe("log-agent");
  });

  it("replaces on a selector change, deleting the fixed-name object first", async () => {
    await deploy("log-agent", { spec: agent });
    const child = recorder.one(DS);
    expect(child.options.replaceOnChanges).toEqual([...DAEMONSET_IMMUTABLE_FIELDS]);
    expect(child.options.deleteBeforeReplace).toBe(true);
  });

  it("waits for the rollout by default, for timeoutSeconds, or not at all with wait: false", async () => {
    await deploy("log-agent", { spec: agent });
    expect(recorder.one(DS).inputs.metadata.annotations).toBeUndefined();
    recorder.clear();
    await deploy("log-agent", { spec: agent, timeoutSeconds: 300 });
    expect(recorder.one(DS).options.customTimeouts).toEqual({ create: "300s", update: "300s", delete: "" });
    recorder.clear();
    await deploy("log-agent", { spec: agent, wait: false });
    expect(recorder.one(DS).inputs.metadata.annotations).toEqual({ "pulumi.com/skipAwait": "true" });
  });

  it("throws core's error for a restart policy a DaemonSet cannot use", () => {
    let caught: unknown;
    try {
      new DaemonSet("log-agent", { spec: { ...agent, restartPolicy: "Never" as "Always" } });
    } catch (error) {
      caught = error;
    }
    expect(isPodworksValidationError(caught)).toBe(true);
    expect(String(caught)).toMatch(/restartPolicy/);
  });

  it("uses the provider passed through opts", async () => {
    const provider = new k8s.Provider("monitoring", { namespace: "monitoring" });
    const ds = await deploy("log-agent", { spec: agent }, { providers: { kubernetes: provider } });
    expect(recorder.one(DS).options.provider).toBe(`${await promiseOf(provider.urn)}::monitoring-id`);
    expect(await promiseOf(ds.namespace)).toBe("monitoring");
  });
});

describe("DaemonSet OnDelete await", () => {
  it("waits for the controller to observe the generation instead of a rollout that OnDelete never finishes", async () => {
    const { ONDELETE_WAIT_FOR } = await import("./daemon-set.js");
    await deploy("log-agent", { spec: { ...agent, updateStrategy: { type: "OnDelete" } } });
    const child = recorder.one(DS);
    expect(child.inputs.spec.updateStrategy).toEqual({ type: "OnDelete" });
    expect(child.inputs.metadata.annotations).toEqual({ "pulumi.com/waitFor": ONDELETE_WAIT_FOR });
    expect(ONDELETE_WAIT_FOR).toBe("jsonpath={.status.observedGeneration}");
  });

  it("keeps the provider's rollout wait for RollingUpdate, and skipAwait wins with wait: false", async () => {
    await deploy("a", { spec: { ...agent, updateStrategy: { type: "RollingUpdate" } } });
    expect(recorder.one(DS, "a").inputs.metadata.annotations).toBeUndefined();
    await deploy("b", { spec: { ...agent, updateStrategy: { type: "OnDelete" } }, wait: false });
    expect(recorder.one(DS, "b").inputs.metadata.annotations).toEqual({ "pulumi.com/skipAwait": "true" });
  });
});
