/**
 * The security table (`__fixtures__/cases/security.ts`), taken from TestValidatePodSecurityContext,
 * TestValidateSecurityContext, TestValidateSeccompProfileType, TestValidateSysctls, TestValidateHostUsers and the
 * Windows/Linux security context tests in `pkg/apis/core/validation/validation_test.go`, and the rendering of
 * podworks' restricted defaults next to settings that contradict them.
 */
import { describe, expect, it } from "vitest";
import { caseSpec } from "../__fixtures__/cases/case.js";
import { CASES } from "../__fixtures__/cases/security.js";
import { baseDaemonSet, baseJob, HANGUL, validateServerRules as validate } from "../__tests__/specs.js";
import { expectStrayItemCase, type StrayItemCase } from "../__tests__/stray-item.js";
import { toManifests } from "../render.js";
import { CONTAINER_SECURITY_DEFAULTS, POD_SECURITY_DEFAULTS } from "./security.js";

// biome-ignore lint/suspicious/noExplicitAny: manifests are read field by field
type Any = any;

describe("security cases", () => {
  it.each(CASES.filter((c) => !c.rejects).map((c) => [c.name, c] as const))("accepts %s", (_name, c) => {
    const result = validate(caseSpec(c), { kubernetesVersion: c.kubernetesVersion });
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it.each(CASES.filter((c) => c.rejects).map((c) => [c.name, c] as const))("rejects %s", (_name, c) => {
    const result = validate(caseSpec(c), { kubernetesVersion: c.kubernetesVersion });
    expect(result.ok).toBe(false);
    const issue = result.issues.find((i) => i.path === c.rejects?.path && i.rule === c.rejects?.rule);
    expect(issue, JSON.stringify(result.issues.map((i) => [i.path, i.rule]))).toBeDefined();
    expect(issue?.severity).toBe("error");
    expect(issue?.message.en.trim()).not.toBe("");
    expect(issue?.fix.en.trim()).not.toBe("");
    expect(issue?.message.ko).toMatch(HANGUL);
    expect(issue?.fix.ko).toMatch(HANGUL);
    if (c.policy) {
      expect(c.source).toBe("podworks");
      expect(c.policy.ko).toMatch(HANGUL);
    }
  });

  it("cites a Go test or podworks for every case, and names each case once", () => {
    for (const c of CASES)
      expect(c.source).toMatch(/^(podworks$|pkg\/apis\/core\/validation\/validation_test\.go Test\w+)/);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it("names the opt-out in every podSecurity level rejection", () => {
    for (const c of CASES.filter((c) => c.rejects?.rule === "security.pod-security-level")) {
      const issue = validate(caseSpec(c)).issues.find((i) => i.rule === "security.pod-security-level");
      expect(issue?.fix.en).toContain('podSecurity: "privileged"');
      expect(issue?.fix.ko).toContain('podSecurity: "privileged"');
    }
  });
});

const podOf = (spec: unknown) => {
  const objects = toManifests(spec as typeof baseJob) as Any[];
  const workload = objects.at(-1);
  return workload.kind === "CronJob"
    ? workload.spec.jobTemplate.spec.template.spec
    : workload.spec.template.spec;
};

describe("podworks' restricted defaults", () => {
  it("are read from the catalogue entries of the nested fields", () => {
    expect(POD_SECURITY_DEFAULTS).toEqual({
      runAsNonRoot: true,
      runAsUser: 65534,
      runAsGroup: 65534,
      seccompProfile: { type: "RuntimeDefault" },
    });
    expect(CONTAINER_SECURITY_DEFAULTS).toEqual({
      allowPrivilegeEscalation: false,
      capabilities: { drop: ["ALL"] },
    });
  });

  it("give way for a privileged container, with a warning naming what changed, in both languages", () => {
    const spec = {
      ...baseDaemonSet,
      podSecurity: "privileged",
      containers: [{ ...baseDaemonSet.containers[0]!, securityContext: { privileged: true } }],
    };
    const result = validate(spec);
    expect(result.ok).toBe(true);
    const warning = result.issues.find((i) => i.rule === "security.default-adjusted");
    expect(warning?.severity).toBe("warning");
    expect(warning?.path).toBe("containers[0].securityContext");
    expect(warning?.message.en).toContain("allowPrivilegeEscalation: false");
    expect(warning?.message.en).toContain("capabilities.drop: [ALL]");
    expect(warning?.message.ko).toMatch(HANGUL);
    expect(warning?.message.ko).toContain("allowPrivilegeEscalation: false");
    expect(podOf(spec).containers[0].securityContext).toEqual({ privileged: true });
  });

  it("never render allowPrivilegeEscalation: false next to privileged or an added CAP_SYS_ADMIN", () => {
    const settings = [
      { privileged: true },
      { privileged: true, capabilities: { add: ["NET_ADMIN"] } },
      { privileged: true, allowPrivilegeEscalation: true },
      { capabilities: { add: ["CAP_SYS_ADMIN"] } },
      { capabilities: { add: ["SYS_ADMIN"], drop: ["ALL"] } },
    ];
    for (const securityContext of settings) {
      const spec = {
        ...baseJob,
        podSecurity: "privileged",
        containers: [{ ...baseJob.containers[0]!, securityContext }],
      };
      expect(validate(spec).ok, JSON.stringify(securityContext)).toBe(true);
      const rendered = podOf(spec).containers[0].securityContext;
      expect(rendered.allowPrivilegeEscalation, JSON.stringify(securityContext)).not.toBe(false);
      for (const [key, value] of Object.entries(securityContext)) expect(rendered[key]).toEqual(value);
    }
    const sysAdmin = podOf({
      ...baseJob,
      containers: [
        { ...baseJob.containers[0]!, securityContext: { capabilities: { add: ["CAP_SYS_ADMIN"] } } },
      ],
    });
    expect(sysAdmin.containers[0].securityContext).toEqual({ capabilities: { add: ["CAP_SYS_ADMIN"] } });
    // A privileged container whose user kept allowPrivilegeEscalation true still loses only the capability default.
    const kept = podOf({
      ...baseJob,
      podSecurity: "privileged",
      containers: [
        { ...baseJob.containers[0]!, securityContext: { privileged: true, allowPrivilegeEscalation: true } },
      ],
    });
    expect(kept.containers[0].securityContext).toEqual({ privileged: true, allowPrivilegeEscalation: true });
  });

  it("keep every default for an ordinary container, and warn about nothing", () => {
    const result = validate(baseJob);
    expect(result.issues).toEqual([]);
    expect(podOf(baseJob).containers[0].securityContext).toEqual(CONTAINER_SECURITY_DEFAULTS);
  });

  it("leave the Linux-only defaults out of a Windows pod", () => {
    const spec = { ...baseJob, os: { name: "windows" } };
    expect(validate(spec).ok).toBe(true);
    const pod = podOf(spec);
    expect(pod.os).toEqual({ name: "windows" });
    expect(pod.securityContext).toEqual({ runAsNonRoot: true });
    expect(pod.containers[0].securityContext).toEqual({});
  });

  it("accept null to leave a default out, and refuse null where there is no default", () => {
    const spec = { ...baseJob, securityContext: { seccompProfile: null, runAsUser: null } };
    expect(validate(spec).ok).toBe(true);
    expect(podOf(spec).securityContext).toEqual({ runAsNonRoot: true, runAsGroup: 65534 });
    const wrong = validate({ ...baseJob, securityContext: { fsGroup: null } });
    expect(wrong.issues.map((i) => `${i.path} ${i.rule}`)).toEqual(["securityContext.fsGroup type"]);
  });
});

describe("host namespaces and the podSecurity option", () => {
  it("render hostNetwork, hostPID, hostIPC and hostUsers, never podSecurity", () => {
    const spec = {
      ...baseDaemonSet,
      podSecurity: "privileged",
      hostNetwork: true,
      hostPID: true,
      hostIPC: true,
    };
    const pod = podOf(spec);
    expect([pod.hostNetwork, pod.hostPID, pod.hostIPC]).toEqual([true, true, true]);
    expect(pod).not.toHaveProperty("podSecurity");
    expect(podOf({ ...baseJob, hostUsers: false }).hostUsers).toBe(false);
    expect(podOf(baseJob)).not.toHaveProperty("hostNetwork");
  });

  it("refuses host namespaces at the baseline level too, and names the level", () => {
    const result = validate({ ...baseJob, podSecurity: "baseline", hostPID: true });
    const issue = result.issues.find((i) => i.rule === "security.pod-security-level");
    expect(issue?.path).toBe("hostPID");
    expect(issue?.message.en).toContain('"baseline"');
    expect(issue?.message.ko).toContain('"baseline"');
  });

  it("accepts the bounds of the id range and refuses one past each end", () => {
    const ids = (securityContext: Record<string, unknown>) =>
      validate({ ...baseJob, securityContext }).issues.map((i) => `${i.path} ${i.rule}`);
    expect(ids({ runAsUser: 0, runAsGroup: 2147483647, fsGroup: 0 })).toEqual([]);
    expect(ids({ runAsUser: 2147483648, fsGroup: -1 })).toEqual([
      "securityContext.runAsUser maximum",
      "securityContext.fsGroup minimum",
    ]);
  });

  it("refuses IPC sysctls with hostIPC but not with hostNetwork", () => {
    const sysctls = [{ name: "kernel.shm_rmid_forced", value: "1" }];
    const rules = (extra: Record<string, unknown>) =>
      validate({ ...baseJob, podSecurity: "privileged", securityContext: { sysctls }, ...extra }).issues.map(
        (i) => `${i.path} ${i.rule}`,
      );
    expect(rules({ hostIPC: true })).toEqual([
      "securityContext.sysctls[0].name security.sysctl-host-namespace",
    ]);
    expect(rules({ hostNetwork: true })).toEqual([]);
  });
});

describe("the security catalogue", () => {
  it("documents every nested field in English and Korean with a kubernetes.io link", async () => {
    const { containerSecurityContextSection, podSecurityContextSection, podSecurityFields } = await import(
      "./security.js"
    );
    const seen = new Set<string>();
    const walk = (
      fields: Readonly<Record<string, import("../catalogue.js").FieldDef>>,
      path: string,
    ): void => {
      for (const [key, def] of Object.entries(fields)) {
        const at = `${path}.${key}`;
        seen.add(at);
        expect(def.description.en.trim(), at).not.toBe("");
        expect(def.description.ko, at).toMatch(HANGUL);
        expect(def.link, at).toMatch(/^https:\/\/kubernetes\.io\/docs\//);
        const nested = def.section?.fields ?? def.fields;
        if (nested) walk(nested, at);
      }
    };
    walk(podSecurityContextSection.fields, "pod");
    walk(containerSecurityContextSection.fields, "container");
    walk(podSecurityFields, "spec");
    expect(seen).toContain("pod.seccompProfile.localhostProfile");
    expect(seen).toContain("container.windowsOptions.hostProcess");
    expect(seen).toContain("spec.os.name");
  });
});

describe("HostProcess containers", () => {
  const rules = (extra: Record<string, unknown>, container: Record<string, unknown> = {}) =>
    validate({
      ...baseDaemonSet,
      podSecurity: "privileged",
      os: { name: "windows" },
      ...extra,
      containers: [{ ...baseDaemonSet.containers[0]!, ...container }],
    }).issues.map((i) => `${i.path} ${i.rule}`);

  it("need hostNetwork, pod-wide or per container", () => {
    const windowsOptions = { hostProcess: true };
    expect(rules({ hostNetwork: true, securityContext: { windowsOptions } })).toEqual([]);
    expect(rules({ securityContext: { windowsOptions } })).toEqual(["hostNetwork security.host-process"]);
    expect(rules({ hostNetwork: true }, { securityContext: { windowsOptions } })).toEqual([]);
  });

  it("are all or none of the pod's containers", () => {
    const mixed = {
      hostNetwork: true,
      initContainers: [
        { name: "setup", image: "busybox:1.37", securityContext: { windowsOptions: { hostProcess: false } } },
      ],
    };
    expect(rules(mixed, { securityContext: { windowsOptions: { hostProcess: true } } })).toEqual([
      "containers security.host-process",
    ]);
  });
});

describe("security rules after an item that is not an object report at the item's own index", () => {
  const container = (name: string, more: Record<string, unknown> = {}) => ({
    name,
    image: "busybox:1.37",
    ...more,
  });
  const CASES_AFTER_STRAY: readonly StrayItemCase[] = [
    {
      name: "a sysctl set twice, after a sysctl that is a string",
      spec: {
        kind: "Job",
        name: "j",
        containers: [container("a")],
        securityContext: {
          sysctls: [
            "s",
            { name: "kernel.shm_rmid_forced", value: "1" },
            { name: "kernel.shm_rmid_forced", value: "0" },
          ],
        },
      },
      strays: ["securityContext.sysctls[0]"],
      rule: "duplicate",
      paths: ["securityContext.sysctls[2].name"],
    },
    {
      name: "an IPC sysctl with hostIPC, after a sysctl that is a number",
      spec: {
        kind: "Job",
        name: "j",
        podSecurity: "privileged",
        hostIPC: true,
        containers: [container("a")],
        securityContext: { sysctls: [1, { name: "kernel.shm_rmid_forced", value: "1" }] },
      },
      strays: ["securityContext.sysctls[0]"],
      rule: "security.sysctl-host-namespace",
      paths: ["securityContext.sysctls[1].name"],
    },
    {
      name: "a hostPath volume under restricted, after null",
      spec: {
        kind: "Job",
        name: "j",
        containers: [container("a")],
        volumes: [null, { name: "logs", hostPath: { path: "/var/log" } }],
      },
      strays: ["volumes[0]"],
      rule: "security.pod-security-level",
      paths: ["volumes[1].hostPath"],
    },
    {
      name: "a containerPort other than its hostPort with hostNetwork, after a container and a port that are strings",
      spec: {
        kind: "Job",
        name: "j",
        podSecurity: "privileged",
        hostNetwork: true,
        containers: ["x", container("a", { ports: ["p", { containerPort: 80, hostPort: 8080 }] })],
      },
      strays: ["containers[0]", "containers[1].ports[0]"],
      rule: "security.host-network-port",
      paths: ["containers[1].ports[1].containerPort"],
    },
  ];
  it.each(CASES_AFTER_STRAY.map((c) => [c.name, c] as const))("%s", (_name, c) => expectStrayItemCase(c));
});
