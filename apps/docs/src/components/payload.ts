/**
 * Reads the `payload` attribute that `plugins/remark-podworks.ts` adds to a podworks component while the site is
 * built. A component without one was used outside an MDX page the plugin saw: say so instead of rendering nothing.
 */
export function readPayload<T>(component: string, payload: string | undefined): T {
  if (payload === undefined) {
    throw new Error(
      `<${component}> has no payload: it is filled in at build time by plugins/remark-podworks.ts, ` +
        "which only sees components written directly in the guide's MDX pages",
    );
  }
  return JSON.parse(payload) as T;
}
