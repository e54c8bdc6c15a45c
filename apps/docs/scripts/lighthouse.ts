/**
 * `pnpm --filter @podworks/docs lighthouse`: Lighthouse's four scores for each measured page of the built site,
 * printed and written to docs/lighthouse.md at the repository root. Performance depends on machine load, so this
 * is a measurement, not a test; build the site first (`pnpm --filter @podworks/docs build`).
 */
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { serveStatic } from "../tests/static-server.ts";
import {
  audit,
  type Category,
  CHROME_FLAGS,
  CHROMIUM,
  LIGHTHOUSE_PAGES,
  type PageScores,
  startChromium,
} from "./lighthouse-run.ts";

const APP = join(import.meta.dirname, "..");
const BUILD = join(APP, "build");
const OUT = join(APP, "..", "..", "docs", "lighthouse.md");
const CATEGORIES: Category[] = ["performance", "accessibility", "best-practices", "seo"];
const TARGET = 95;

if (!existsSync(join(BUILD, "ko", "index.html"))) {
  throw new Error("The site is not built: run `pnpm --filter @podworks/docs build` first.");
}

const server = await serveStatic(BUILD);
const browser = await startChromium();
const results: PageScores[] = [];
try {
  for (const path of LIGHTHOUSE_PAGES) {
    const scores = await audit(browser, `${server.url}${path}`, path, CATEGORIES);
    results.push(scores);
    const line = CATEGORIES.map((c) => `${c} ${scores.scores[c] ?? "-"}`).join("  ");
    console.log(`${path.padEnd(18)} ${line}  TBT ${Math.round(scores.tbt ?? 0)} ms`);
    for (const f of scores.failing) console.log(`${"".padEnd(18)} ${f.category}: ${f.id} (${f.title})`);
  }
} finally {
  await browser.close();
  await server.close();
}

const version = execFileSync(CHROMIUM, ["--version"], { encoding: "utf8" }).trim();
const below = results.filter((r) => (r.scores.performance ?? 0) < TARGET).map((r) => r.path);
const rows = results.map(
  (r) =>
    `| \`${r.path}\` | ${CATEGORIES.map((c) => r.scores[c] ?? "-").join(" | ")} | ${Math.round(r.tbt ?? 0)} | ${((r.lcp ?? 0) / 1000).toFixed(1)} |`,
);
const doc = `# Lighthouse scores of the docs site

Measured by \`pnpm --filter @podworks/docs lighthouse\` (apps/docs/scripts/lighthouse.ts) on the built site, served
locally: Lighthouse 12.2.3 with its default **mobile** preset (simulated slow 4G, 4x CPU slowdown), ${version},
flags \`${CHROME_FLAGS.join(" ")}\`, on a ${cpus().length}-core machine shared with other work, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC.

Performance depends on the machine's load, so these figures are a measurement, not a test. Accessibility, best
practices and SEO do not: \`tests/lighthouse.test.ts\` requires 100 on every page below in \`./dev test\`.
Target: performance >= ${TARGET} on every page${below.length === 0 ? " (met on this run)" : ` (missed on this run by ${below.map((p) => `\`${p}\``).join(", ")})`}.

| page | performance | accessibility | best practices | SEO | TBT (ms) | LCP (s) |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join("\n")}
`;
writeFileSync(OUT, doc);
console.log(`\nwritten to ${OUT}`);
