import { describe, expect, it } from "vitest";
import { CASES } from "../__fixtures__/cases/probe.js";
import { expectCase } from "../__tests__/expect-case.js";
import { baseJob, validateServerRules as validate, withContainer, withFields } from "../__tests__/specs.js";

describe("probe cases (accepted and rejected as the API server does)", () => {
  it.each(CASES.map((c) => [c.rejects ? `rejects ${c.name}` : `accepts ${c.name}`, c] as const))(
    "%s",
    (_name, c) => expectCase(c),
  );
});

describe("probe messages", () => {
  it("suggests a header name with dashes and builds the Korean particle from the name", () => {
    const result = validate(
      withContainer(baseJob, {
        livenessProbe: { httpGet: { port: 80, httpHeaders: [{ name: "X_Forwarded_For", value: "x" }] } },
      }),
    );
    const issue = result.issues.find((i) => i.rule === "probe.header-name");
    expect(issue?.fix.en).toBe('use "X-Forwarded-For"');
    expect(issue?.fix.ko).toBe('"X-Forwarded-For"를 쓴다');
    expect(issue?.message.ko).toContain('"X_Forwarded_For"는');
  });

  it("reports every extra handler, each at its own path", () => {
    const result = validate(
      withContainer(baseJob, {
        readinessProbe: { exec: { command: ["true"] }, tcpSocket: { port: 80 }, grpc: { port: 81 } },
      }),
    );
    const paths = result.issues.filter((i) => i.rule === "probe.handler-count").map((i) => i.path);
    expect(paths).toEqual(["containers[0].readinessProbe.tcpSocket", "containers[0].readinessProbe.grpc"]);
  });

  it("allows successThreshold above 1 on readiness probes only", () => {
    const probe = { exec: { command: ["true"] }, successThreshold: 3 };
    const ok = validate(withContainer(baseJob, { readinessProbe: probe }));
    const bad = validate(withContainer(baseJob, { livenessProbe: probe, startupProbe: probe }));
    expect(ok.ok).toBe(true);
    expect(bad.issues.filter((i) => i.rule === "probe.success-threshold").map((i) => i.path)).toEqual([
      "containers[0].livenessProbe.successThreshold",
      "containers[0].startupProbe.successThreshold",
    ]);
  });

  it("checks the probes of a sidecar like those of a main container", () => {
    const result = validate(
      withFields(baseJob, {
        initContainers: [
          {
            name: "side",
            image: "busybox:1.37",
            restartPolicy: "Always",
            livenessProbe: { periodSeconds: 5 },
          },
        ],
      }),
    );
    expect(result.issues.map((i) => [i.path, i.rule])).toContainEqual([
      "initContainers[0].livenessProbe",
      "probe.handler-count",
    ]);
  });
});

describe("probe version gates", () => {
  const grpc = withContainer(baseJob, { livenessProbe: { grpc: { port: 9090 } } });

  it("warns that grpc is beta before 1.27 and stays silent from its GA", () => {
    const beta = validate(grpc, { kubernetesVersion: "1.26" });
    expect(beta.ok).toBe(true);
    expect(beta.issues.map((i) => [i.path, i.rule, i.severity])).toEqual([
      ["containers[0].livenessProbe.grpc", "beta", "warning"],
    ]);
    expect(validate(grpc, { kubernetesVersion: "1.27" }).issues).toEqual([]);
  });
});
