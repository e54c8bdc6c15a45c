import { describe, expect, it } from "vitest";
import { tabForKey } from "./tab-keys";

describe("tabForKey", () => {
  it("moves to the next and previous tab, wrapping at both ends", () => {
    expect(tabForKey("ArrowRight", 0, 2)).toBe(1);
    expect(tabForKey("ArrowRight", 1, 2)).toBe(0);
    expect(tabForKey("ArrowLeft", 0, 3)).toBe(2);
    expect(tabForKey("ArrowLeft", 2, 3)).toBe(1);
  });

  it("goes to the first and last tab on Home and End, and ignores other keys", () => {
    expect(tabForKey("Home", 2, 3)).toBe(0);
    expect(tabForKey("End", 0, 3)).toBe(2);
    expect(tabForKey("a", 0, 3)).toBeUndefined();
    expect(tabForKey("Enter", 0, 3)).toBeUndefined();
  });
});
