import { describe, expect, it } from "vitest";
import { eachItem, list } from "./list.js";

function items(value: unknown): [number, unknown][] {
  const seen: [number, unknown][] = [];
  eachItem(value, (item, index) => seen.push([index, item]));
  return seen;
}

describe("eachItem", () => {
  it("hands each object item over with its index in the user's list", () => {
    const a = { name: "a" };
    const b = { name: "b" };
    expect(items(["x", a, null, [b], 3, b, undefined])).toEqual([
      [1, a],
      [5, b],
    ]);
  });

  it("skips the holes of a sparse list", () => {
    const a = { name: "a" };
    // biome-ignore lint/suspicious/noSparseArray: the hole is what is tested
    expect(items([, a])).toEqual([[1, a]]);
  });

  it("calls nothing for a value that is not a list", () => {
    for (const value of [undefined, null, "x", 3, { 0: { name: "a" }, length: 1 }])
      expect(items(value)).toEqual([]);
  });

  it("counts every item of a list of objects only", () => {
    const all = [{ name: "a" }, { name: "b" }, { name: "c" }];
    expect(items(all).map(([index]) => index)).toEqual([0, 1, 2]);
  });
});

describe("list", () => {
  it("keeps the object items only, in order", () => {
    const a = { name: "a" };
    const b = { name: "b" };
    expect(list([a, "x", null, b])).toEqual([a, b]);
    expect(list("x")).toEqual([]);
  });

  it("hands a list of objects only back as it is", () => {
    const all = [{ name: "a" }];
    expect(list(all)).toBe(all);
  });
});
