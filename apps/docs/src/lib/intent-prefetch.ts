/**
 * A client module (plugins/intent-prefetch.ts) that stops Docusaurus from prefetching every page whose link is on
 * screen. Every internal link watches itself with an IntersectionObserver and, once visible, calls
 * `window.docusaurus.prefetch`, which matches the route against every route of the site and adds a
 * `<link rel="prefetch">` per chunk of it: on a guide page about 300 elements (23 chunks for each of the sidebar's and
 * the article's links) and as many requests, all while the page is starting up. Lighthouse counts that work as
 * blocking time and waits for those requests before it calls the page interactive; deferring each prefetch to its
 * own idle callback (what this module did before) still left every callback a 50 ms task on a phone.
 *
 * What is kept: Docusaurus' own `preload` when a link is pointed at or touched (it loads the route's chunks before
 * the click), and here a prefetch when a link gets keyboard focus, the intent a keyboard reader shows.
 */
import type { ClientModule } from "@docusaurus/types";

interface DocusaurusGlobal {
  prefetch(routePath: string): unknown;
}

const WRAPPED = Symbol.for("podworks.intent-prefetch");

/** The route path of an internal link (same origin, not a download, not opening elsewhere), or undefined. */
export function internalRoute(link: Element, origin: string): string | undefined {
  if (link.tagName !== "A" || link.hasAttribute("download")) return undefined;
  const target = link.getAttribute("target");
  if (target !== null && target !== "_self") return undefined;
  const href = link.getAttribute("href");
  if (href === null || href.startsWith("#")) return undefined;
  let url: URL;
  try {
    url = new URL(href, origin);
  } catch {
    return undefined;
  }
  return url.origin === origin ? url.pathname : undefined;
}

/**
 * Puts a copy of Docusaurus' global in place whose `prefetch` does nothing (the global itself is frozen), and
 * returns the original `prefetch` for links that get focus; once. Undefined while Docusaurus' global is not there.
 */
export function prefetchOnIntent(target: {
  docusaurus?: DocusaurusGlobal;
}): ((routePath: string) => unknown) | undefined {
  const docusaurus = target.docusaurus as
    | (DocusaurusGlobal & { [WRAPPED]?: (p: string) => unknown })
    | undefined;
  if (docusaurus === undefined) return undefined;
  const wrapped = docusaurus[WRAPPED];
  if (wrapped !== undefined) return wrapped;
  const prefetch = docusaurus.prefetch.bind(docusaurus);
  target.docusaurus = Object.freeze({
    ...docusaurus,
    // What a link calls when it scrolls into view: nothing is fetched until the reader shows intent.
    prefetch: () => false,
    [WRAPPED]: prefetch,
  });
  return prefetch;
}

let listening = false;

const module: ClientModule = {
  // The first call comes as the app first renders, before any link has been seen.
  onRouteUpdate() {
    const prefetch = prefetchOnIntent(window as unknown as { docusaurus?: DocusaurusGlobal });
    if (prefetch === undefined || listening) return;
    listening = true;
    document.addEventListener("focusin", (event) => {
      const link = (event.target as Element | null)?.closest?.("a");
      const route = link ? internalRoute(link, window.location.origin) : undefined;
      if (route !== undefined) prefetch(route);
    });
  },
};

export default module;
