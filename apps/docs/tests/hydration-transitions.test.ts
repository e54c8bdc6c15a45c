/**
 * plugins/hydration-transitions-loader.ts: the lines it rewrites are still in the installed Docusaurus, each
 * rewrite leaves a module that still parses with the update inside `startTransition`, a module without the line
 * fails the build, and the built site still turns `useIsBrowser()` true and leaves `"ssr"` on a phone.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPLACEMENTS, toTransitions } from "../plugins/hydration-transitions-loader";
import { APP, BUILD, openSite, type Site } from "./chromium";

const require = createRequire(join(APP, "package.json"));
const MODULES = [
  join(
    require.resolve("@docusaurus/core/package.json").replace(/package\.json$/, ""),
    "lib",
    "client",
    "browserContext.js",
  ),
  join(
    require.resolve("@docusaurus/theme-common").replace(/lib[\\/]index\.js$/, ""),
    "lib",
    "hooks",
    "useWindowSize.js",
  ),
];

describe("Docusaurus' post-hydration updates as transitions", () => {
  it("finds every line in the installed modules and wraps each update in startTransition", () => {
    const [browserContext, windowSize] = MODULES.map((path) =>
      toTransitions(readFileSync(path, "utf8"), path),
    );
    expect(browserContext).toContain("startTransition(() => setIsBrowser(true));");
    expect(browserContext).toMatch(/import React, \{ startTransition,[^}]*\} from 'react';/);
    expect(browserContext).not.toMatch(/^\s*setIsBrowser\(true\);/m);
    expect(windowSize).toContain("startTransition(updateWindowSize);");
    expect(windowSize).toMatch(/import \{ startTransition,[^}]*\} from 'react';/);
    // The resize listener still updates at once: only the first update, right after hydration, is a transition.
    expect(windowSize).toContain("window.addEventListener('resize', updateWindowSize);");
    expect(REPLACEMENTS.every((r) => MODULES.some((m) => r.module.test(m)))).toBe(true);
  });

  it("fails the build when a line is gone", () => {
    expect(() => toTransitions("export {};", "/x/core/lib/client/browserContext.js")).toThrow(
      /no longer contains/,
    );
    expect(toTransitions("setIsBrowser(true);", "/x/other.js")).toBe("setIsBrowser(true);");
  });
});

describe("the built site after the rewrite", () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  it("marks the page hydrated, and on a phone drops the desktop sidebar and table of contents", async () => {
    const page = await site.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${site.server.url}/ko/job`, { waitUntil: "load" });
    // Set by Docusaurus once useIsBrowser() is true.
    await page.waitForSelector("html[data-has-hydrated='true']");
    // The server renders both for the desktop; the theme removes them once it knows the window is narrow.
    const html = readFileSync(join(BUILD, "ko", "job.html"), "utf8");
    expect(html).toContain("theme-doc-sidebar-menu");
    expect(html).toContain("theme-doc-toc-desktop");
    await expect.poll(() => page.locator("aside .theme-doc-sidebar-menu").count()).toBe(0);
    await expect.poll(() => page.locator(".theme-doc-toc-desktop").count()).toBe(0);
    await expect(page.locator(".theme-doc-toc-mobile").count()).resolves.toBe(1);
    await page.close();
  });
});
