/**
 * Lighthouse 12 (mobile preset) on the measured pages of the built site, both locales: accessibility, best
 * practices and SEO must be 100. These do not depend on machine load; performance does, so it is measured by
 * `pnpm --filter @podworks/docs lighthouse` and recorded in docs/lighthouse.md instead of being tested here.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  audit,
  type Browser,
  type Category,
  LIGHTHOUSE_PAGES,
  startChromium,
} from "../scripts/lighthouse-run";
import { BUILD } from "./chromium";
import { type StaticServer, serveStatic } from "./static-server";

const CATEGORIES: Category[] = ["accessibility", "best-practices", "seo"];

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(BUILD, "ko", "index.html"))) throw new Error("The site is not built.");
  server = await serveStatic(BUILD);
  browser = await startChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("Lighthouse", () => {
  it("scores 100 for accessibility, best practices and SEO on every measured page", {
    timeout: 600_000,
  }, async () => {
    expect(LIGHTHOUSE_PAGES).toHaveLength(14);
    const below: string[] = [];
    for (const path of LIGHTHOUSE_PAGES) {
      const result = await audit(browser, `${server.url}${path}`, path, CATEGORIES);
      for (const category of CATEGORIES) {
        if (result.scores[category] !== 100) {
          const why = result.failing.filter((f) => f.category === category).map((f) => f.id);
          below.push(`${path} ${category} ${result.scores[category]}: ${why.join(", ")}`);
        }
      }
    }
    expect(below).toEqual([]);
  });
});
