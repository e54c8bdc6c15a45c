/**
 * The JavaScript each page loads, measured in Chromium on the built site: content pages load no file that holds
 * @podworks/core's code (the build's `.artifacts/bundle-<locale>.json`, written by plugins/bundle-report.ts,
 * names those files), stay within a budget, and the playground is the one page that runs core.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP, openSite, type Site, sitePaths } from "./chromium";

/** Bytes of JavaScript (uncompressed) a content page may load: Docusaurus' runtime, the theme, search, the page. */
const CONTENT_PAGE_BUDGET = 800 * 1024;

let site: Site;
const coreFiles = new Set<string>();

beforeAll(async () => {
  for (const locale of ["en", "ko"]) {
    const report = join(APP, ".artifacts", `bundle-${locale}.json`);
    if (!existsSync(report))
      throw new Error(`${report} is missing: build the site (plugins/bundle-report.ts writes it)`);
    for (const file of (JSON.parse(readFileSync(report, "utf8")) as { coreFiles: string[] }).coreFiles) {
      // The Korean site is built under /ko/, with its own assets.
      coreFiles.add(`${locale === "en" ? "" : `/${locale}`}/${file}`);
    }
  }
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

/**
 * The scripts a page runs until it has hydrated and gone quiet, with their sizes. Files the page only prefetches
 * (Docusaurus prefetches the chunks of routes whose links are visible, the playground's among them) are downloaded
 * at idle but not run, so they are left out.
 */
async function scriptsOf(path: string): Promise<Map<string, number>> {
  const page: Page = await site.context.newPage();
  const scripts = new Map<string, number>();
  page.on("response", async (response) => {
    const url = new URL(response.url());
    if (!url.pathname.endsWith(".js") || response.request().resourceType() !== "script") return;
    const body = await response.body().catch(() => undefined);
    scripts.set(url.pathname, body?.length ?? 0);
  });
  await page.goto(`${site.server.url}${path}`, { waitUntil: "networkidle" });
  await page.waitForSelector("html[data-has-hydrated='true']");
  await page.close();
  return scripts;
}

const pages = () => sitePaths().filter((p) => !/\/playground$/.test(p));

describe("JavaScript per page", () => {
  it("names the playground's chunk as the only one with core", () => {
    expect(coreFiles.size).toBeGreaterThan(0);
  });

  it("loads core on the playground, in both locales", async () => {
    for (const path of ["/playground", "/ko/playground"]) {
      const scripts = await scriptsOf(path);
      expect(
        [...scripts.keys()].some((s) => coreFiles.has(s)),
        path,
      ).toBe(true);
    }
  });

  it("loads no core code on any content page, within the budget", async () => {
    const list = pages();
    expect(list.length).toBeGreaterThanOrEqual(18);
    for (const path of list) {
      const scripts = await scriptsOf(path);
      const withCore = [...scripts.keys()].filter((s) => coreFiles.has(s));
      expect(withCore, `${path} loads core`).toEqual([]);
      const total = [...scripts.values()].reduce((a, b) => a + b, 0);
      expect(total, `${path}: ${Math.round(total / 1024)} KiB of JavaScript`).toBeLessThanOrEqual(
        CONTENT_PAGE_BUDGET,
      );
    }
  });
});
