import { describe, expect, it } from "vitest";
import { CASES } from "../__fixtures__/cases/ports.js";
import { expectCase } from "../__tests__/expect-case.js";
import { baseJob, withFields } from "../__tests__/specs.js";
import { validate } from "../validate.js";

describe("ports cases (accepted and rejected as the API server does)", () => {
  it.each(CASES.map((c) => [c.rejects ? `rejects ${c.name}` : `accepts ${c.name}`, c] as const))(
    "%s",
    (_name, c) => expectCase(c),
  );
});

describe("host port conflicts", () => {
  const container = (name: string, ports: unknown[]) => ({ name, image: "busybox:1.37", ports });

  it("tells protocols and host IPs apart, and counts init containers one by one", () => {
    const result = validate(
      withFields(baseJob, {
        containers: [
          container("a", [{ containerPort: 80, hostPort: 8080 }]),
          container("b", [
            { containerPort: 80, hostPort: 8080, protocol: "UDP" },
            { containerPort: 81, hostPort: 8080, hostIP: "10.0.0.1" },
          ]),
        ],
        initContainers: [container("init", [{ containerPort: 80, hostPort: 8080 }])],
      }),
    );
    expect(result.issues.filter((i) => i.rule === "ports.duplicate-host-port")).toEqual([]);
  });

  it("treats an unset protocol as TCP", () => {
    const result = validate(
      withFields(baseJob, {
        containers: [
          container("a", [{ containerPort: 80, hostPort: 8080 }]),
          container("b", [{ containerPort: 81, hostPort: 8080, protocol: "TCP" }]),
        ],
      }),
    );
    expect(result.issues.map((i) => [i.path, i.rule])).toEqual([
      ["containers[1].ports[0].hostPort", "ports.duplicate-host-port"],
    ]);
  });
});
