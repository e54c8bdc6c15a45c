/**
 * The JavaScript each page loads, measured in Chromium on the built site: content pages load no file that holds
 * @podworks/core's code, Prism or mark.js (the build's `.artifacts/bundle-<locale>.json`, written by
 * plugins/bundle-report.ts, names those files), their code blocks arrive highlighted, main.js and each page stay
 * within a budget, and the playground is the one page that runs core.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIGHTHOUSE_PAGES } from "../scripts/lighthouse-run";
import { APP, BUILD, openSite, type Site, sitePaths } from "./chromium";

/**
 * Bytes of JavaScript (uncompressed) a content page may load: Docusaurus' runtime, the theme, search, the page.
 * The largest, the Korean StatefulSet page, loads about 610 KiB.
 */
const CONTENT_PAGE_BUDGET = 700 * 1024;
/**
 * The API reference's pages (/api/...) hold every export of a package on one page, and the page's text travels in
 * its JavaScript chunk as on every Docusaurus page: /api/core, the largest, loads about 720 KiB. They are reference
 * pages, not in the Lighthouse set; if /api/core outgrows this, split it per export (membersWithOwnFile).
 */
const API_PAGE_BUDGET = 800 * 1024;
/**
 * main.js, which every page loads and runs before it hydrates: 379 KiB in English and 392 KiB in Korean (its
 * translations), down from 533 KiB with Prism, its languages, mark.js and lunr in it. The budget leaves room for a
 * little more theme or translation, not for a library.
 */
const MAIN_BUDGET = 400 * 1024;

type Report = { coreFiles: string[]; prismFiles: string[]; markFiles: string[] };
const files: Record<keyof Report, Set<string>> = {
  coreFiles: new Set(),
  prismFiles: new Set(),
  markFiles: new Set(),
};

let site: Site;

beforeAll(async () => {
  for (const locale of ["en", "ko"]) {
    const path = join(APP, ".artifacts", `bundle-${locale}.json`);
    if (!existsSync(path))
      throw new Error(`${path} is missing: build the site (plugins/bundle-report.ts writes it)`);
    const report = JSON.parse(readFileSync(path, "utf8")) as Report;
    for (const kind of Object.keys(files) as (keyof Report)[]) {
      // The Korean site is built under /ko/, with its own assets.
      for (const file of report[kind]) files[kind].add(`${locale === "en" ? "" : `/${locale}`}/${file}`);
    }
  }
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

interface Loaded {
  /** Each script the page ran, with its size in bytes. */
  readonly scripts: Map<string, number>;
  /** The script of each worker the page started. */
  readonly workers: string[];
  readonly page: Page;
}

/**
 * The scripts a page runs until it has hydrated and gone quiet, with their sizes. Files the page only prefetches
 * (Docusaurus prefetches the chunks of routes whose links are visible, the playground's among them) are downloaded
 * at idle but not run, so they are left out.
 */
async function load(path: string): Promise<Loaded> {
  const page: Page = await site.context.newPage();
  const scripts = new Map<string, number>();
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(new URL(worker.url()).pathname));
  page.on("response", async (response) => {
    const url = new URL(response.url());
    if (!url.pathname.endsWith(".js") || response.request().resourceType() !== "script") return;
    const body = await response.body().catch(() => undefined);
    scripts.set(url.pathname, body?.length ?? 0);
  });
  await page.goto(`${site.server.url}${path}`, { waitUntil: "networkidle" });
  await page.waitForSelector("html[data-has-hydrated='true']");
  return { scripts, workers, page };
}

const pages = () => sitePaths().filter((p) => !/\/playground$/.test(p));
const of = (kind: keyof Report, scripts: Map<string, number>) =>
  [...scripts.keys()].filter((s) => files[kind].has(s));

describe("JavaScript per page", () => {
  it("names the playground's chunk as the only one with core, and the chunks with Prism and mark.js", () => {
    expect(files.coreFiles.size).toBeGreaterThan(0);
    expect(files.prismFiles.size).toBeGreaterThan(0);
    expect(files.markFiles.size).toBeGreaterThan(0);
  });

  it("runs core on the playground in its check worker only, and no Prism there, in both locales", async () => {
    for (const path of ["/playground", "/ko/playground"]) {
      const { scripts, workers, page } = await load(path);
      // The page's thread opens with the build's check of the template; core checks every later text in a worker.
      expect(workers.length, path).toBe(1);
      expect(files.coreFiles.has(workers[0]!), `${workers[0]} holds core`).toBe(true);
      expect(
        of("coreFiles", scripts).filter((file) => file !== workers[0]),
        path,
      ).toEqual([]);
      // The rendered YAML arrives highlighted (by the build, then by the worker) and hydrates as one element:
      // the theme's line-by-line renderer draws no line of it, and no Prism runs on the page.
      await page.locator("[data-testid='playground-yaml'] code.pw-code .t-key").first().waitFor();
      await expect(page.locator("main .token-line").count(), path).resolves.toBe(0);
      expect(of("prismFiles", scripts), path).toEqual([]);
      await page.close();
    }
  });

  it("keeps core, Prism, mark.js and lunr out of main.js, which stays within its budget, in both locales", () => {
    for (const locale of ["", "/ko"]) {
      const html = readFileSync(join(BUILD, locale, "index.html"), "utf8");
      const file = /<script src="?([^" >]*\/assets\/js\/main\.[0-9a-f]+\.js)"?/.exec(html)?.[1];
      expect(file, `${locale}/index.html names main.js`).toBeDefined();
      for (const kind of ["coreFiles", "prismFiles", "markFiles"] as const) {
        expect(files[kind].has(file!), `${file} is in ${kind}`).toBe(false);
      }
      const path = join(BUILD, file!.replace(/^\/ko\//, "ko/"));
      // A message of lunr's that minifying keeps: the search worker loads lunr, the page does not.
      expect(readFileSync(path, "utf8"), `${file} holds lunr`).not.toContain(
        "Version mismatch when loading serialised index",
      );
      const size = statSync(path).size;
      expect(size, `${file}: ${Math.round(size / 1024)} KiB`).toBeLessThanOrEqual(MAIN_BUDGET);
    }
  });

  it("loads no core, Prism or mark.js on any content page, within the budget, its code already highlighted", async () => {
    const list = pages();
    expect(list.length).toBeGreaterThanOrEqual(18);
    let blocks = 0;
    for (const path of list) {
      const { scripts, page } = await load(path);
      expect(of("coreFiles", scripts), `${path} loads core`).toEqual([]);
      expect(of("prismFiles", scripts), `${path} loads Prism`).toEqual([]);
      expect(of("markFiles", scripts), `${path} loads mark.js`).toEqual([]);
      const total = [...scripts.values()].reduce((a, b) => a + b, 0);
      expect(total, `${path}: ${Math.round(total / 1024)} KiB of JavaScript`).toBeLessThanOrEqual(
        /^(\/ko)?\/api(\/|$)/.test(path) ? API_PAGE_BUDGET : CONTENT_PAGE_BUDGET,
      );
      // Every code block is the build's static HTML: none is drawn line by line by the theme's Prism renderer.
      const stat = await page.evaluate(() => ({
        blocks: document.querySelectorAll("main .theme-code-block").length,
        highlighted: document.querySelectorAll("main .theme-code-block code.pw-code").length,
        lines: document.querySelectorAll("main .token-line").length,
      }));
      expect(stat.highlighted, path).toBe(stat.blocks);
      expect(stat.lines, path).toBe(0);
      blocks += stat.blocks;
      await page.close();
    }
    expect(blocks).toBeGreaterThan(100);
  });

  it("hydrates the measured pages in place: nothing in the article is rebuilt, nothing is prefetched unasked", async () => {
    // What made the pages' long tasks: every tab group deleted and drawn again after hydration, and a
    // <link rel="prefetch"> per chunk of every visible link's route (see src/theme/Tabs, src/lib/intent-prefetch.ts).
    const paths = LIGHTHOUSE_PAGES.filter((p) => !/\/playground$/.test(p));
    expect(paths).toHaveLength(12);
    for (const path of paths) {
      const page: Page = await site.context.newPage();
      await page.addInitScript(() => {
        const seen = { removedInArticle: 0, prefetches: 0 };
        (window as unknown as { __start: typeof seen }).__start = seen;
        new MutationObserver((records) => {
          for (const record of records) {
            const target = record.target as Element;
            if (record.removedNodes.length > 0 && target.closest?.("article"))
              seen.removedInArticle += record.removedNodes.length;
            for (const node of record.addedNodes) {
              if (node instanceof HTMLLinkElement && node.rel === "prefetch") seen.prefetches++;
            }
          }
        }).observe(document, { subtree: true, childList: true });
      });
      await page.goto(`${site.server.url}${path}`, { waitUntil: "networkidle" });
      await page.waitForSelector("html[data-has-hydrated='true']");
      await page.waitForTimeout(500);
      const seen = await page.evaluate(
        () => (window as unknown as { __start: { removedInArticle: number; prefetches: number } }).__start,
      );
      expect(seen, path).toEqual({ removedInArticle: 0, prefetches: 0 });
      // The tab groups are there, hydrated: choosing a tab selects it and shows its panel.
      const tabs = page.locator("article [role='tab']");
      const unselected = await tabs.evaluateAll((list) =>
        list.findIndex((tab) => tab.getAttribute("aria-selected") !== "true"),
      );
      if (unselected >= 0) {
        await tabs.nth(unselected).click();
        await expect(tabs.nth(unselected).getAttribute("aria-selected"), path).resolves.toBe("true");
      }
      await page.close();
    }
  });

  it("marks a search result's words on the page it opens, loading mark.js for it alone", async () => {
    const { scripts, page } = await load("/job?_highlight=backoffLimit");
    await page.locator("article mark[data-markjs]").first().waitFor();
    await expect(page.locator("article mark[data-markjs]").first().textContent()).resolves.toBe(
      "backoffLimit",
    );
    expect(of("markFiles", scripts)).not.toEqual([]);
    await page.close();
  });
});
