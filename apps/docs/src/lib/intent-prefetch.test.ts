import { afterEach, describe, expect, it, vi } from "vitest";
import { internalRoute, prefetchOnIntent } from "./intent-prefetch";

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A stand-in for an `<a>` element: the attributes internalRoute reads. */
function link(attributes: Record<string, string>, tagName = "A"): Element {
  return {
    tagName,
    getAttribute: (name: string) => attributes[name] ?? null,
    hasAttribute: (name: string) => name in attributes,
  } as unknown as Element;
}

describe("prefetchOnIntent", () => {
  it("makes a visible link's prefetch do nothing, keeps the rest of Docusaurus' global, returns the real prefetch", () => {
    const seen: string[] = [];
    const preload = () => true;
    const target = {
      docusaurus: Object.freeze({ prefetch: (path: string) => seen.push(path) > 0, preload }),
    };
    const prefetch = prefetchOnIntent(target);
    // Docusaurus' global is frozen: a copy replaces it, with everything else kept.
    expect(target.docusaurus).toHaveProperty("preload", preload);
    expect(target.docusaurus.prefetch("/job")).toBe(false);
    expect(seen).toEqual([]);
    prefetch?.("/cron-job");
    expect(seen).toEqual(["/cron-job"]);
  });

  it("wraps once, however many routes update, and waits for Docusaurus' global", () => {
    expect(prefetchOnIntent({})).toBeUndefined();
    const seen: string[] = [];
    const target = { docusaurus: { prefetch: (path: string) => seen.push(path) } };
    const first = prefetchOnIntent(target);
    const wrapped = target.docusaurus;
    const second = prefetchOnIntent(target);
    expect(target.docusaurus).toBe(wrapped);
    expect(second).toBe(first);
    second?.("/job");
    expect(seen).toEqual(["/job"]);
  });
});

describe("internalRoute", () => {
  const origin = "https://podworks.dev";
  it("gives the path of a link to a page of the site", () => {
    expect(internalRoute(link({ href: "/job" }), origin)).toBe("/job");
    expect(internalRoute(link({ href: "https://podworks.dev/ko/cron-job#time-zones" }), origin)).toBe(
      "/ko/cron-job",
    );
    expect(internalRoute(link({ href: "/stateful-set", target: "_self" }), origin)).toBe("/stateful-set");
  });

  it("leaves out other sites, anchors on the page, downloads, new windows and elements that are not links", () => {
    expect(internalRoute(link({ href: "https://kubernetes.io/docs/" }), origin)).toBeUndefined();
    expect(internalRoute(link({ href: "#spec" }), origin)).toBeUndefined();
    expect(internalRoute(link({ href: "/schema.json", download: "" }), origin)).toBeUndefined();
    expect(internalRoute(link({ href: "/job", target: "_blank" }), origin)).toBeUndefined();
    expect(internalRoute(link({}), origin)).toBeUndefined();
    expect(internalRoute(link({ href: "/job" }, "BUTTON"), origin)).toBeUndefined();
  });
});
