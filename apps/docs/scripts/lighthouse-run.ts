/**
 * Runs Lighthouse 12 (its default mobile preset: a Moto G Power-sized screen, simulated slow 4G and a 4x slower
 * CPU) against the built site in Debian's Chromium. Used by `pnpm --filter @podworks/docs lighthouse` (all four
 * categories, written to docs/lighthouse.md) and by tests/lighthouse.test.ts (the categories that do not depend on
 * machine load).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags for headless Debian Chromium (as in the browser tests). */
export const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The pages Lighthouse measures, in both locales: the introduction, the concept pages, data protection, playground. */
export const LIGHTHOUSE_PAGES = [
  "/",
  "/job",
  "/cron-job",
  "/daemon-set",
  "/stateful-set",
  "/pvc-protection",
  "/playground",
].flatMap((path) => [path, path === "/" ? "/ko/" : `/ko${path}`]);

export type Category = "performance" | "accessibility" | "best-practices" | "seo";

export interface PageScores {
  readonly path: string;
  /** 0 to 100 per category. */
  readonly scores: Readonly<Record<Category, number | undefined>>;
  /** Audits that scored below 1 in the categories run, with their titles (what to fix). */
  readonly failing: readonly { readonly category: Category; readonly id: string; readonly title: string }[];
  /** Total Blocking Time and Largest Contentful Paint, in milliseconds (performance runs only). */
  readonly tbt: number | undefined;
  readonly lcp: number | undefined;
}

export interface Browser {
  readonly port: number;
  close(): Promise<void>;
}

/** Starts Chromium with a DevTools port Lighthouse connects to. */
export async function startChromium(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "podworks-lighthouse-"));
  const child: ChildProcess = spawn(
    CHROMIUM,
    [...CHROME_FLAGS, "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen}`)), 30_000);
    child.once("error", reject);
    child.stderr?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
  });
  return {
    port,
    close: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill();
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function audit(
  browser: Browser,
  url: string,
  path: string,
  categories: readonly Category[],
): Promise<PageScores> {
  const result = await lighthouse(
    url,
    { port: browser.port, output: "json", logLevel: "error", onlyCategories: [...categories] },
    undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  const scores = {} as Record<Category, number | undefined>;
  const failing: { category: Category; id: string; title: string }[] = [];
  for (const category of categories) {
    const entry = lhr.categories[category];
    scores[category] =
      entry?.score === null || entry === undefined ? undefined : Math.round(entry.score * 100);
    if (category === "performance") continue;
    for (const ref of entry?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 1)
        failing.push({ category, id: a.id, title: a.title });
    }
  }
  return {
    path,
    scores,
    failing,
    tbt: lhr.audits["total-blocking-time"]?.numericValue,
    lcp: lhr.audits["largest-contentful-paint"]?.numericValue,
  };
}
