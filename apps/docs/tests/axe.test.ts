/**
 * axe-core on every page of the built site, in both locales, in light and dark mode: no violations of WCAG 2.x A/AA
 * or axe's best practices (colour contrast of code, links told apart from text, landmarks, headings, names).
 */
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSite, type Site, sitePaths } from "./chromium";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

interface Violation {
  readonly id: string;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly failureSummary?: string }[];
}

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

async function violations(path: string, dark: boolean): Promise<string[]> {
  const page = await site.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: dark ? "dark" : "light" });
  await page.goto(`${site.server.url}${path}`, { waitUntil: "load" });
  await page.waitForSelector("html[data-has-hydrated='true']");
  await page.waitForSelector(`html[data-theme='${dark ? "dark" : "light"}']`);
  // The playground opens with a copy of its editor (tests/playground.test.ts checks the editor itself, with its
  // pop-ups): check the page as a reader first sees it.
  if (/\/playground$/.test(path)) await page.locator("[data-copy='true'] .t-key").first().waitFor();
  await page.addScriptTag({ path: AXE });
  const found = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: unknown }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
      },
    });
    return result.violations;
  })) as Violation[];
  await page.close();
  return found.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id} (${v.help}): ${n.target.join(" ")} ${n.failureSummary?.split("\n")[1] ?? ""}`,
    ),
  );
}

describe("axe-core", () => {
  for (const dark of [false, true]) {
    it(`finds no violations on any page in ${dark ? "dark" : "light"} mode`, async () => {
      const paths = [...sitePaths(), "/missing-page", "/ko/missing-page"];
      expect(paths.length).toBeGreaterThanOrEqual(20);
      const all: string[] = [];
      for (const path of paths) for (const v of await violations(path, dark)) all.push(`${path}: ${v}`);
      expect(all).toEqual([]);
      // Every page of both locales (about 60) in one browser: minutes on a busy 2-core machine.
    }, 900_000);
  }
});
