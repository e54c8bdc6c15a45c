import { describe, expect, it } from "vitest";
import { CASES } from "../__fixtures__/cases/ports.js";
import { expectCase } from "../__tests__/expect-case.js";
import { baseJob, withFields } from "../__tests__/specs.js";
import { expectStrayItemCase, type StrayItemCase } from "../__tests__/stray-item.js";
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

describe("port rules after an item that is not an object report at the item's own index", () => {
  const container = (name: string, more: Record<string, unknown> = {}) => ({
    name,
    image: "busybox:1.37",
    ...more,
  });
  const CASES_AFTER_STRAY: readonly StrayItemCase[] = [
    {
      name: "a containerPort/protocol listed twice, after a port that is a number",
      spec: {
        kind: "Job",
        name: "j",
        containers: [container("a", { ports: [1, { containerPort: 80 }, { containerPort: 80 }] })],
      },
      strays: ["containers[0].ports[0]"],
      rule: "ports.duplicate-container-port",
      paths: ["containers[0].ports[2]"],
    },
    {
      name: "a port name used twice, after a container and a port that are strings",
      spec: {
        kind: "Job",
        name: "j",
        containers: [
          "x",
          container("a", { ports: [{ name: "http", containerPort: 80 }] }),
          container("b", { ports: ["p", { name: "http", containerPort: 81 }] }),
        ],
      },
      strays: ["containers[0]", "containers[2].ports[0]"],
      rule: "pod.duplicate-port-name",
      paths: ["containers[2].ports[1].name"],
    },
    {
      name: "a hostPort used twice, after a container and a port that are strings",
      spec: {
        kind: "Job",
        name: "j",
        containers: [
          "x",
          container("a", { ports: [{ containerPort: 80, hostPort: 8080 }] }),
          container("b", { ports: ["p", { containerPort: 81, hostPort: 8080 }] }),
        ],
      },
      strays: ["containers[0]", "containers[2].ports[0]"],
      rule: "ports.duplicate-host-port",
      paths: ["containers[2].ports[1].hostPort"],
    },
    {
      name: "a hostPort used twice in init containers does not clash, and after null the next one counts alone",
      spec: {
        kind: "Job",
        name: "j",
        containers: [container("a", { ports: [{ containerPort: 80, hostPort: 8080 }] })],
        initContainers: [
          null,
          container("i", {
            ports: [
              { containerPort: 80, hostPort: 8080 },
              { containerPort: 81, hostPort: 8080 },
            ],
          }),
        ],
      },
      strays: ["initContainers[0]"],
      rule: "ports.duplicate-host-port",
      paths: ["initContainers[1].ports[1].hostPort"],
    },
  ];
  it.each(CASES_AFTER_STRAY.map((c) => [c.name, c] as const))("%s", (_name, c) => expectStrayItemCase(c));
});
