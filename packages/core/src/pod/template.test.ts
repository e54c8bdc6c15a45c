/**
 * The rules of template.ts that span the pod (names unique across containers and init containers, volume names
 * unique), with lists that hold something other than objects.
 */
import { describe, it } from "vitest";
import { expectStrayItemCase, type StrayItemCase } from "../__tests__/stray-item.js";

describe("pod-wide rules after an item that is not an object report at the item's own index", () => {
  const container = (name: string, more: Record<string, unknown> = {}) => ({
    name,
    image: "busybox:1.37",
    ...more,
  });
  const CASES_AFTER_STRAY: readonly StrayItemCase[] = [
    {
      name: "a container name used twice, after a container that is a string",
      spec: { kind: "Job", name: "j", containers: ["x", container("a"), container("a")] },
      strays: ["containers[0]"],
      rule: "pod.duplicate-container-name",
      paths: ["containers[2].name"],
    },
    {
      name: "an init container named like a container, after null",
      spec: { kind: "Job", name: "j", containers: [container("a")], initContainers: [null, container("a")] },
      strays: ["initContainers[0]"],
      rule: "pod.duplicate-container-name",
      paths: ["initContainers[1].name"],
    },
    {
      name: "a volume name used twice, after null",
      spec: {
        kind: "Job",
        name: "j",
        containers: [container("a")],
        volumes: [null, { name: "v", emptyDir: {} }, { name: "v", emptyDir: {} }],
      },
      strays: ["volumes[0]"],
      rule: "pod.duplicate-volume",
      paths: ["volumes[2].name"],
    },
    {
      name: "a field of a container after a container that is a string (the generic walker)",
      spec: { kind: "Job", name: "j", containers: ["x", container("a", { image: "" })] },
      strays: ["containers[0]"],
      rule: "format.image",
      paths: ["containers[1].image"],
    },
  ];
  it.each(CASES_AFTER_STRAY.map((c) => [c.name, c] as const))("%s", (_name, c) => expectStrayItemCase(c));
});
