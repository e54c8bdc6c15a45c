/**
 * Shared setup of the browser tests: the built site on a local server, and Debian's Chromium driven by
 * playwright-core with the flags headless Debian Chromium needs.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { type StaticServer, serveStatic } from "./static-server";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const APP = join(import.meta.dirname, "..");
export const BUILD = join(APP, "build");
export const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface Site {
  readonly server: StaticServer;
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function openSite(): Promise<Site> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH).`,
    );
  }
  if (!existsSync(join(BUILD, "index.html")) || !existsSync(join(BUILD, "ko", "index.html"))) {
    throw new Error("The site is not built: run `pnpm --filter @podworks/docs build` (both locales) first.");
  }
  const server = await serveStatic(BUILD);
  const profile = mkdtempSync(join(tmpdir(), "podworks-docs-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    locale: "en-US",
    timezoneId: "UTC",
  });
  return {
    server,
    context,
    close: async () => {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Every page of the built site in one locale, from its sitemap (paths such as `/job`, `/ko/job`). */
export function sitePaths(): string[] {
  const xml = readFileSync(join(BUILD, "sitemap.xml"), "utf8");
  const en = [...xml.matchAll(/<loc>https?:\/\/[^/<]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!);
  const ko = [
    ...readFileSync(join(BUILD, "ko", "sitemap.xml"), "utf8").matchAll(
      /<loc>https?:\/\/[^/<]+(\/[^<]*)<\/loc>/g,
    ),
  ].map((m) => m[1]!);
  return [...new Set([...en, ...ko])];
}

/**
 * Opens the playground's editor the way a reader does, by clicking the highlighted copy the page shows first
 * (src/components/playground/LazyEditor.tsx), and waits for CodeMirror to take its place.
 */
export async function openPlaygroundEditor(page: Page): Promise<void> {
  const copy = page.locator("[data-copy='true']");
  if ((await copy.count()) > 0) await copy.click();
  await page.waitForSelector("[data-ready='true'] .cm-content");
}
