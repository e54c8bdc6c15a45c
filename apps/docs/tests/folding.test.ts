// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright locators, whose innerText() is the rendered text
/**
 * Folded examples in the built site, in real Chromium: the excerpt is on the page from the start, the full manifest
 * sits in a closed disclosure and opens with one click, in both languages, and the folded page works without any
 * script (the disclosure is a plain <details>, so the excerpt and the manifest are in the static HTML).
 *
 * Needs `pnpm --filter @podworks/docs build` first.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSpecs } from "@podworks/core/parse";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILD, openSite, type Site } from "./chromium";

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

async function open(path: string, javaScript = true): Promise<Page> {
  const page = await site.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  if (!javaScript) await page.route("**/*.js", (route) => route.abort());
  const response = await page.goto(`${site.server.url}${path}`, { waitUntil: "load" });
  expect(response?.status(), path).toBe(200);
  if (javaScript) await page.waitForSelector("html[data-has-hydrated='true']");
  return page;
}

describe("folded examples", () => {
  it("shows the excerpt and opens the full manifest with one click", async () => {
    const page = await open("/job");
    const example = page.locator("[data-example='spec']:has([data-folded-yaml])").first();
    const excerpt = await example.locator("[data-folded-yaml] pre").innerText();
    expect(excerpt).toContain("# ...");
    expect(excerpt).toContain("backoffLimitPerIndex: 2");
    const excerptSpec = parseSpecs(excerpt).specs[0] as { spec: Record<string, unknown> };
    expect(excerptSpec.spec.template).toBeUndefined();

    const full = example.locator("details[data-full-manifest]");
    const manifest = full.locator("[data-rendered-yaml] pre");
    await expect(full.getAttribute("open")).resolves.toBeNull();
    await expect(manifest.isVisible()).resolves.toBe(false);
    await expect(full.locator("summary").innerText()).resolves.toMatch(
      /^Show the full manifest \(\d+ lines\)$/,
    );

    await full.locator("summary").click();
    await expect(manifest.isVisible()).resolves.toBe(true);
    const yaml = await manifest.innerText();
    const [job] = parseSpecs(yaml).specs as { kind: string; spec: Record<string, unknown> }[];
    // The full manifest has what the excerpt leaves out.
    expect(job).toMatchObject({ kind: "Job", spec: { completionMode: "Indexed", completions: 10 } });
    expect(job!.spec.template).toBeDefined();
    // Chromium's innerText of the theme's code lines adds blank lines; core's YAML has none.
    expect(yaml.split("\n").filter((line) => line.trim() !== "").length).toBe(
      Number(/\((\d+) lines\)/.exec(await full.locator("summary").innerText())![1]),
    );
    await page.close();
  });

  it("labels the disclosure in Korean on the Korean page", async () => {
    const page = await open("/ko/job");
    const summary = page.locator("details[data-full-manifest] summary").first();
    await expect(summary.innerText()).resolves.toMatch(/^전체 매니페스트 보기\(\d+줄\)$/);
    await summary.click();
    await expect(
      page.locator("details[data-full-manifest] [data-rendered-yaml] pre").first().isVisible(),
    ).resolves.toBe(true);
    await page.close();
  });

  it("works without JavaScript: both the excerpt and the manifest are in the static page", async () => {
    const html = readFileSync(join(BUILD, "job.html"), "utf8");
    expect(html).toMatch(/<details[^>]*data-full-manifest/);
    const page = await open("/job", false);
    const full = page.locator("details[data-full-manifest]").first();
    await full.locator("summary").click();
    await expect(full.locator("[data-rendered-yaml] pre").isVisible()).resolves.toBe(true);
    await page.close();
  });
});
