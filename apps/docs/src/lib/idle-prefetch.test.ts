import { afterEach, describe, expect, it, vi } from "vitest";
import { deferPrefetch } from "./idle-prefetch";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("deferPrefetch", () => {
  it("runs each prefetch in its own idle callback instead of at once", () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal("window", { requestIdleCallback: (run: () => void) => idle.push(run) });
    const seen: string[] = [];
    const preload = () => true;
    const target = {
      docusaurus: Object.freeze({ prefetch: (path: string) => seen.push(path) > 0, preload }),
    };
    expect(deferPrefetch(target)).toBe(true);
    // Docusaurus' global is frozen: a copy replaces it, with everything else kept.
    expect(target.docusaurus).toHaveProperty("preload", preload);
    target.docusaurus.prefetch("/job");
    target.docusaurus.prefetch("/cron-job");
    expect(seen).toEqual([]);
    expect(idle).toHaveLength(2);
    idle[0]!();
    expect(seen).toEqual(["/job"]);
    idle[1]!();
    expect(seen).toEqual(["/job", "/cron-job"]);
  });

  it("wraps once, however many routes update, and waits for Docusaurus' global", () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal("window", { requestIdleCallback: (run: () => void) => idle.push(run) });
    expect(deferPrefetch({})).toBe(false);
    const target = { docusaurus: { prefetch: (_path: string) => undefined as unknown } };
    deferPrefetch(target);
    const first = target.docusaurus;
    deferPrefetch(target);
    expect(target.docusaurus).toBe(first);
    target.docusaurus.prefetch("/job");
    expect(idle).toHaveLength(1);
  });

  it("falls back to a timeout where the browser has no requestIdleCallback", () => {
    const timers: (() => void)[] = [];
    vi.stubGlobal("window", { setTimeout: (run: () => void) => timers.push(run) });
    const seen: string[] = [];
    const target = { docusaurus: { prefetch: (path: string) => seen.push(path) > 0 } };
    deferPrefetch(target);
    target.docusaurus.prefetch("/daemon-set");
    expect(seen).toEqual([]);
    timers[0]!();
    expect(seen).toEqual(["/daemon-set"]);
  });
});
