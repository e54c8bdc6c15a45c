// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright locators, whose innerText() is the rendered text
/**
 * The built site in real headless Chromium (Debian's `chromium`, driven by playwright-core): both locales render
 * their tables and examples from core, Korean text is drawn with real glyphs, the locale switch keeps the page,
 * search finds Korean terms, and the playground validates and renders in the page's language.
 * Screenshots of the key pages go to apps/docs/.artifacts/screenshots/ for reviewers (not committed).
 *
 * Needs `pnpm --filter @podworks/docs build` first (the root test runs `turbo run build` before vitest).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeSchedule, section, toYaml, validate, type WorkloadSpec } from "@podworks/core";
import { parseSpecs } from "@podworks/core/parse";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPlaygroundEditor } from "./chromium";
import { type StaticServer, serveStatic } from "./static-server";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const APP = join(import.meta.dirname, "..");
const BUILD = join(APP, "build");
const SHOTS = join(APP, ".artifacts", "screenshots");
const HANGUL = /[\uac00-\ud7a3]/;
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

let server: StaticServer;
let context: BrowserContext;
let profile: string;
/** Console errors and uncaught exceptions per page URL; hydration mismatches land here. */
const errors: string[] = [];

async function open(path: string, options: { width?: number; dark?: boolean } = {}): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: options.width ?? 1280, height: 900 });
  await page.emulateMedia({ colorScheme: options.dark ? "dark" : "light" });
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${path}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`${path}: ${error.message}`));
  const response = await page.goto(`${server.url}${path}`, { waitUntil: "load" });
  expect(response?.status(), path).toBe(200);
  // Docusaurus sets this once React has hydrated the server-rendered page.
  await page.waitForSelector("html[data-has-hydrated='true']");
  return page;
}

/** Saves a screenshot, after checking that nothing makes the page scroll sideways. */
async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name}: the page is wider than the window`).toBeLessThanOrEqual(1);
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

/** Whether the page's font draws two different Hangul syllables differently (missing glyphs all draw as one box). */
async function hangulGlyphsDiffer(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const draw = (text: string) => {
      const canvas = document.createElement("canvas");
      canvas.width = 64;
      canvas.height = 64;
      const ctx = canvas.getContext("2d")!;
      ctx.font = `40px ${getComputedStyle(document.body).fontFamily}`;
      ctx.fillText(text, 4, 48);
      return canvas.toDataURL();
    };
    return draw("잡") !== draw("셋") && draw("잡") !== draw("\u{10FFFD}");
  });
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. The browser tests need Debian's chromium and Korean fonts: ` +
        "apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH).",
    );
  }
  if (!existsSync(join(BUILD, "index.html")) || !existsSync(join(BUILD, "ko", "index.html"))) {
    throw new Error("The site is not built: run `pnpm --filter @podworks/docs build` (both locales) first.");
  }
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic(BUILD);
  profile = mkdtempSync(join(tmpdir(), "podworks-docs-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    locale: "en-US",
    timezoneId: "UTC",
  });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe("the English guide", () => {
  it("renders the Job page's field table and the YAML core renders", async () => {
    const page = await open("/job");
    await expect(page.locator("h1").textContent()).resolves.toBe("Job");
    const rows = page.locator("table[data-section='job'] tbody[data-field]");
    await expect(rows.count()).resolves.toBe(Object.keys(section("job").fields).length);
    await expect(page.locator("tbody[data-field='backoffLimit']").textContent()).resolves.toContain(
      section("job").fields.backoffLimit!.description.en,
    );
    const yaml = await page.locator("[data-rendered-yaml] pre").first().innerText();
    const { specs } = parseSpecs(yaml);
    expect(specs[0]).toMatchObject({
      apiVersion: "batch/v1",
      kind: "Job",
      spec: { completions: 5, parallelism: 2 },
    });
    await expect(page.locator("[data-validation-report]").innerText()).resolves.toContain(
      "an Indexed Job needs completions",
    );
    // The code blocks have the theme's copy buttons (each block mounts its own once the page is idle, or on hover).
    await page.locator("[data-rendered-yaml]").first().hover();
    await page.locator("[data-rendered-yaml] button[aria-label]").first().waitFor();
    await shot(page, "en-job");
  });

  it("explains cron schedules with core's English description", async () => {
    const page = await open("/cron-job");
    const descriptions = await page.locator("[data-cron-description]").allInnerTexts();
    expect(descriptions).toContain(describeSchedule("0 3 * * *", "en"));
    expect(descriptions).toContain(describeSchedule("*/15 9-17 * * 1-5", "en"));
    await shot(page, "en-cron-job");
  });

  it("renders the StatefulSet page with its headless Service", async () => {
    const page = await open("/stateful-set");
    // The database example is folded: its full manifest opens from the disclosure below the excerpt.
    await page.locator("details[data-full-manifest] summary").first().click();
    const yaml = await page.locator("[data-rendered-yaml] pre").first().innerText();
    const { specs } = parseSpecs(yaml);
    expect(specs.map((s) => (s as { kind: string }).kind)).toEqual(["Service", "StatefulSet"]);
    await expect(
      page.locator("table[data-section='volumeClaimTemplate'] tbody[data-field]").count(),
    ).resolves.toBeGreaterThan(3);
    await shot(page, "en-stateful-set");
  });

  it("renders the introduction and the data protection page", async () => {
    await shot(await open("/"), "en-intro");
    const page = await open("/pvc-protection");
    await expect(page.locator("[data-validation-report]").first().innerText()).resolves.toContain(
      "whenScaled: Delete",
    );
    await shot(page, "en-pvc-protection");
  });

  it("switches to Korean and stays on the same page", async () => {
    const page = await open("/daemon-set");
    await page.locator(".navbar__items--right .dropdown").hover();
    await page.locator("a.dropdown__link[lang='ko']").click();
    await page.waitForURL(`${server.url}/ko/daemon-set`);
    await expect(page.locator("h1").textContent()).resolves.toBe("데몬셋(DaemonSet)");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("ko");
  });

  it("has a dark mode", async () => {
    const page = await open("/daemon-set", { dark: true });
    await expect(page.locator("html").getAttribute("data-theme")).resolves.toBe("dark");
    await shot(page, "en-daemon-set-dark", false);
  });
});

describe("the Korean guide", () => {
  it("renders the Job page's table in Korean with real Hangul glyphs", async () => {
    const page = await open("/ko/job");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("ko");
    await expect(page.locator("h1").textContent()).resolves.toBe("잡(Job)");
    const row = await page.locator("tbody[data-field='completions']").innerText();
    expect(row).toContain(section("job").fields.completions!.description.ko);
    expect(await page.locator("table[data-section='job'] thead").innerText()).toMatch(HANGUL);
    expect(await hangulGlyphsDiffer(page)).toBe(true);
    const yaml = await page.locator("[data-rendered-yaml] pre").first().innerText();
    expect(parseSpecs(yaml).specs[0]).toMatchObject({ kind: "Job" });
    const report = await page.locator("[data-validation-report]").innerText();
    expect(report).toContain("Indexed 잡에는 completions가 있어야 한다");
    await shot(page, "ko-job");
    // Close-ups that stay readable: the field table and the first worked example.
    await page.locator("table[data-section='job']").screenshot({ path: join(SHOTS, "ko-job-fields.png") });
    await page
      .locator("[data-example='spec']")
      .first()
      .screenshot({ path: join(SHOTS, "ko-job-example.png") });
  });

  it("explains cron schedules in Korean", async () => {
    const page = await open("/ko/cron-job");
    const descriptions = await page.locator("[data-cron-description]").allInnerTexts();
    expect(descriptions).toContain(describeSchedule("0 3 * * *", "ko"));
    expect(descriptions.every((d) => HANGUL.test(d))).toBe(true);
    await shot(page, "ko-cron-job");
    await page
      .locator("[data-example='cron']")
      .first()
      .screenshot({ path: join(SHOTS, "ko-cron-example.png") });
  });

  it("renders the other Korean pages", async () => {
    for (const [path, title] of [
      ["/ko/", "소개"],
      ["/ko/stateful-set", "스테이트풀셋(StatefulSet)"],
      ["/ko/pvc-protection", "스테이트풀셋(StatefulSet) 데이터 보호"],
      ["/ko/getting-started", "시작하기"],
      ["/ko/common-fields", "공통 필드"],
    ] as const) {
      const page = await open(path);
      await expect(page.locator("h1").textContent(), path).resolves.toBe(title);
      await shot(page, `ko-${path.replace(/^\/ko\/?/, "") || "intro"}`);
      await page.close();
    }
  });

  it("fits a phone screen", async () => {
    const page = await open("/ko/stateful-set", { width: 390 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.locator("#fields").scrollIntoViewIfNeeded();
    await shot(page, "ko-stateful-set-mobile", false);
  });

  it("finds a Korean term with the offline search", async () => {
    const page = await open("/ko/");
    const input = page.locator("input.navbar__search-input");
    await input.click();
    await input.pressSequentially("유보 정책", { delay: 30 });
    const options = page.locator("[role='listbox'] [role='option']");
    await options.first().waitFor({ timeout: 15_000 });
    const first = await options.first().innerText();
    expect(first).toContain("유보");
    // The path of each hit is shown in the page's language (the Korean sidebar and page titles).
    expect(await options.allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining("데이터 보호")]),
    );
    await shot(page, "ko-search", false);
    await input.press("Enter");
    await page.waitForURL(/\/ko\/(pvc-protection|stateful-set)/);
  });

  it("switches back to English and stays on the same page", async () => {
    const page = await open("/ko/cron-job");
    await page.locator(".navbar__items--right .dropdown").hover();
    await page.locator("a.dropdown__link[lang='en']").click();
    await page.waitForURL(`${server.url}/cron-job`);
    await expect(page.locator("h1").textContent()).resolves.toBe("CronJob");
  });
});

/** The playground editor's text, line by line as CodeMirror draws it (the editor is not a form field). */
function editorText(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll(".cm-content .cm-line")].map((line) => line.textContent).join("\n"),
  );
}

describe("the playground", () => {
  const bad = `kind: CronJob
name: nightly
schedule: "0 3 * * *"
timeZone: Local
containers:
  - name: report
    image: busybox:1.37
`;
  const good = bad.replace("timeZone: Local", "timeZone: Asia/Seoul");

  it("shows core's Korean message for a bad spec and valid YAML for a good one", async () => {
    const page = await open("/ko/playground");
    await openPlaygroundEditor(page);
    const editor = page.getByTestId("playground-editor");
    await editor.fill(bad);
    const problems = page.getByTestId("playground-problems");
    const expected = validate(parseSpecs(bad).specs[0]);
    expect(expected.ok).toBe(false);
    const message = expected.issues[0]!.message.ko;
    await expect.poll(() => problems.innerText()).toContain(message);
    await expect(page.getByTestId("playground-status").innerText()).resolves.toMatch(HANGUL);
    await shot(page, "ko-playground-problems");

    await editor.fill(good);
    const yamlBlock = page.getByTestId("playground-yaml");
    await yamlBlock.waitFor();
    // innerText gives each highlighted line its own block, hence the doubled newlines.
    const yaml = (await yamlBlock.locator("pre").innerText()).replace(/\n+/g, "\n");
    expect(yaml.trim()).toBe(toYaml(parseSpecs(good).specs[0] as WorkloadSpec).trim());
    await expect(page.getByTestId("playground-schedule").innerText()).resolves.toContain(
      describeSchedule("0 3 * * *", "ko"),
    );
    await shot(page, "ko-playground-valid");

    // The address now holds the spec: opening it again restores the editor.
    const shared = page.url();
    expect(shared).toMatch(/#.*spec=/);
    const again = await open(shared.replace(server.url, ""));
    await openPlaygroundEditor(again);
    await expect.poll(() => editorText(again)).toBe(good);
    await expect(again.getByTestId("playground-status").getAttribute("data-ok")).resolves.toBe("true");
  });

  it("speaks English on the English page and honours the Kubernetes version", async () => {
    const page = await open("/playground");
    await page.locator("button[data-template='StatefulSet']").click();
    await expect.poll(() => page.getByTestId("playground-status").getAttribute("data-ok")).toBe("true");
    await openPlaygroundEditor(page);
    const editor = page.getByTestId("playground-editor");
    await editor.fill(`${await editorText(page)}ordinals: { start: 1 }\n`);
    await page.getByTestId("playground-version").selectOption("1.26");
    await expect
      .poll(() => page.getByTestId("playground-problems").innerText())
      .toContain("needs Kubernetes 1.27");
    await shot(page, "en-playground");
  });
});

describe("the pages above", () => {
  it("logged no errors in the browser (hydration mismatches included)", () => {
    expect(errors).toEqual([]);
  });
});
