/**
 * A client module (plugins/idle-prefetch.ts) that moves Docusaurus' prefetching of linked pages to idle time.
 * Every internal link watches itself with an IntersectionObserver and, once visible, calls
 * `window.docusaurus.prefetch`, which looks up the route's chunks and adds a `<link rel="prefetch">` for each: on a
 * page's first paint every visible link does so in one task (about 260 ms of the StatefulSet page's start-up on a
 * phone-sized screen, unthrottled). Here each link's prefetch runs in its own idle callback: the same chunks are
 * prefetched, after the page has become responsive rather than while it is getting there.
 */
import type { ClientModule } from "@docusaurus/types";

interface DocusaurusGlobal {
  prefetch(routePath: string): unknown;
}

const WRAPPED = Symbol.for("podworks.idle-prefetch");

function later(run: () => void): void {
  if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(run, { timeout: 5000 });
  else window.setTimeout(run, 200);
}

/**
 * Puts a copy of Docusaurus' global in place whose `prefetch` waits for idle time (the global itself is frozen);
 * once. Returns whether the global is wrapped now.
 */
export function deferPrefetch(target: { docusaurus?: DocusaurusGlobal }): boolean {
  const docusaurus = target.docusaurus as (DocusaurusGlobal & { [WRAPPED]?: true }) | undefined;
  if (docusaurus === undefined) return false;
  if (docusaurus[WRAPPED]) return true;
  const prefetch = docusaurus.prefetch.bind(docusaurus);
  target.docusaurus = Object.freeze({
    ...docusaurus,
    prefetch: (routePath: string) => {
      later(() => prefetch(routePath));
      return true;
    },
    [WRAPPED]: true as const,
  });
  return true;
}

const module: ClientModule = {
  // The first call comes as the app first renders, before any link has been seen.
  onRouteUpdate() {
    deferPrefetch(window as unknown as { docusaurus?: DocusaurusGlobal });
  },
};

export default module;
