// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright locators, whose innerText() is the rendered text
/**
 * The playground's editor in real headless Chromium on the built site: problems typed into the editor show at
 * their line, in the page's language; completion and hover come from core's catalogue; Enter and Tab indent;
 * Escape then Tab leaves the editor; a template asks before it replaces edits; on a phone the outcome stays in
 * sight while typing; the playground's JavaScript stays within its budget. As it opens, the page shows a highlighted
 * copy of its text and runs neither CodeMirror nor core on its own thread (core checks in a worker); the editor
 * takes the copy's place, at the place clicked and with what was typed, when the reader reaches for it.
 *
 * Needs `pnpm --filter @podworks/docs build` first.
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { section, validate } from "@podworks/core";
import { parseSpecs } from "@podworks/core/parse";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toHash } from "../src/lib/share";
import { TEMPLATES } from "../src/lib/templates";
import { APP, BUILD, openPlaygroundEditor, openSite, type Site, sitePaths } from "./chromium";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

const SHOTS = join(APP, ".artifacts", "screenshots");

const HANGUL = /[\uac00-\ud7a3]/;
/**
 * Bytes of JavaScript (uncompressed) the playground may run, on its thread and in its check worker, once the
 * editor is open: Docusaurus' runtime and theme (about 600 KiB, as on content pages), core with its catalogue in
 * both languages and the yaml parser (in the worker, and for the editor's completion on the page), and
 * CodeMirror 6. Measured at 1.46 MiB (1.07 MiB before it) when the editor came in
 * (docs/decisions/0010-playground-editor.md).
 */
const PLAYGROUND_BUDGET = 1700 * 1024;

let site: Site;
const errors: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

/** The script of each worker a page opened with `open` started. */
const workersOf = new WeakMap<Page, string[]>();

/**
 * Opens a page of the built site, and (unless `editor` is false) the playground's editor the way a reader does.
 * Console errors are collected for the last test.
 */
async function open(
  path: string,
  width = 1280,
  height = 900,
  { editor = true, until = "load" }: { editor?: boolean; until?: "load" | "networkidle" } = {},
): Promise<Page> {
  const page = await site.context.newPage();
  await page.setViewportSize({ width, height });
  const workers: string[] = [];
  workersOf.set(page, workers);
  page.on("worker", (worker) => workers.push(new URL(worker.url()).pathname));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${path}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`${path}: ${error.message}`));
  await page.goto(`${site.server.url}${path}`, { waitUntil: until });
  await page.waitForSelector("html[data-has-hydrated='true']");
  if (editor) await openPlaygroundEditor(page);
  return page;
}

/** The editor's text, line by line as CodeMirror draws it. */
function editorText(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll(".cm-content .cm-line")].map((line) => line.textContent).join("\n"),
  );
}

/** The 1-based line of the editor that holds each element matching `selector`. */
function linesOf(page: Page, selector: string): Promise<number[]> {
  return page.evaluate((s) => {
    const lines = [...document.querySelectorAll(".cm-content .cm-line")];
    return [...document.querySelectorAll(s)].map(
      (element) => lines.indexOf(element.closest(".cm-line")!) + 1,
    );
  }, selector);
}

/** Puts the cursor at the end of a 1-based line, through the keyboard. */
async function toLineEnd(page: Page, line: number): Promise<void> {
  await page.getByTestId("playground-editor").click();
  await page.keyboard.press("Control+Home");
  for (let i = 1; i < line; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("End");
}

/** Loads a template when the editor holds no edits (no question is asked then). */
async function loadTemplate(page: Page, kind: keyof typeof TEMPLATES, lang: "en" | "ko"): Promise<void> {
  await page.locator(`button[data-template='${kind}']`).click();
  await expect.poll(() => editorText(page)).toBe(TEMPLATES[kind][lang]);
}

/** Waits for the completion list, then moves its selection to the option with this label. */
async function selectCompletion(page: Page, label: string): Promise<void> {
  const labels = page.locator(".cm-tooltip-autocomplete li .cm-completionLabel");
  await expect.poll(() => labels.allInnerTexts()).toContain(label);
  // CodeMirror ignores the list's keys for a moment after it opens, so that a key pressed by reflex types on.
  await page.waitForTimeout(250);
  const index = (await labels.allInnerTexts()).indexOf(label);
  for (let i = 0; i < index; i++) await page.keyboard.press("ArrowDown");
  await expect(
    page.locator(".cm-tooltip-autocomplete li[aria-selected] .cm-completionLabel").innerText(),
  ).resolves.toBe(label);
}

/** Files of the built English site holding core's code (the build's report, plugins/bundle-report.ts). */
function coreFiles(): string[] {
  const report = JSON.parse(readFileSync(join(APP, ".artifacts", "bundle-en.json"), "utf8")) as {
    coreFiles: string[];
  };
  return report.coreFiles.map((file) => `/${file}`);
}

/** Scripts the page's own thread ran (a worker's are not in the page's timeline). */
function pageScripts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
      .filter((entry) => entry.initiatorType === "script")
      .map((entry) => new URL(entry.name).pathname),
  );
}

describe("the playground as it opens", () => {
  it("shows a highlighted copy of the template and checks it in a worker, with no CodeMirror or core on the page's thread", async () => {
    const page = await open("/playground", 1280, 900, { editor: false, until: "networkidle" });
    const workers = workersOf.get(page)!;

    const copy = page.locator("[data-copy='true']");
    await expect(copy.locator("code").innerText()).resolves.toBe(TEMPLATES.CronJob.en.replace(/\n$/, ""));
    await expect(copy.locator(".t-key").count()).resolves.toBeGreaterThan(3);
    // A number for every line CodeMirror will show, the empty one after the final line break included.
    await expect(copy.locator("[aria-hidden='true'] > div").count()).resolves.toBe(
      TEMPLATES.CronJob.en.split("\n").length,
    );
    // The template's warning is marked in the copy's lint column, at its line.
    const marked = await copy
      .locator("[data-severity='warning']")
      .evaluateAll((marks) => marks.map((mark) => Number(mark.parentElement?.textContent)));
    const warningLine = TEMPLATES.CronJob.en.split("\n").findIndex((line) => /^\s*- name:/.test(line)) + 1;
    expect(marked.length).toBeGreaterThan(0);
    expect(marked[0]).toBeGreaterThanOrEqual(warningLine);
    await expect(page.locator(".cm-content").count()).resolves.toBe(0);
    await expect(page.locator("[data-ready]").getAttribute("data-ready")).resolves.toBe("false");

    // The worker's answer adds the next runs, which the build cannot know.
    await expect
      .poll(() => page.getByTestId("playground-schedule").innerText())
      .toMatch(/Next runs \(Asia\/Seoul\):/);
    const scripts = await pageScripts(page);
    const core = coreFiles();
    const editorChunks = chunksWith(BUILD);
    expect(scripts.filter((script) => core.includes(script))).toEqual([]);
    expect(scripts.filter((script) => editorChunks.includes(script))).toEqual([]);
    expect(workers.length).toBe(1);
    expect(core).toContain(workers[0]);
    await page.close();
  });

  it("puts the cursor where the copy was clicked, and the editor takes keys at once", async () => {
    const page = await open("/playground", 1280, 900, { editor: false, until: "load" });
    const lines = TEMPLATES.CronJob.en.split("\n");
    const line = lines.findIndex((l) => l.startsWith("schedule:"));
    // Just after the colon of `schedule:`.
    const key = page.locator("[data-copy='true'] .t-key", { hasText: /^schedule$/ });
    const box = (await key.boundingBox())!;
    await page.mouse.click(box.x + box.width + 1, box.y + box.height / 2);
    await page.waitForSelector("[data-ready='true'] .cm-content");
    await expect(page.locator("[data-copy='true']").count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.classList.contains("cm-content"))).resolves.toBe(
      true,
    );
    await page.keyboard.type("!");
    await expect
      .poll(() => page.locator(".cm-activeLine").innerText())
      .toBe(lines[line]!.replace(/^schedule/, "schedule!"));
    await page.close();
  });

  it("opens the editor where a finger taps the copy", async () => {
    const page = await open("/playground", 390, 844, { editor: false, until: "load" });
    const lines = TEMPLATES.CronJob.en.split("\n");
    const line = lines.findIndex((l) => l.startsWith("timeZone:"));
    const key = page.locator("[data-copy='true'] .t-key", { hasText: /^timeZone$/ });
    await key.scrollIntoViewIfNeeded();
    const box = (await key.boundingBox())!;
    // A real touch, through Chromium's input pipeline: pointer events of type "touch", then focus and click.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setTouchEmulationEnabled", { enabled: true, maxTouchPoints: 1 });
    const point = { x: box.x + box.width + 1, y: box.y + box.height / 2 };
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [point] });
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    await page.waitForSelector("[data-ready='true'] .cm-content");
    await expect(page.evaluate(() => document.activeElement?.classList.contains("cm-content"))).resolves.toBe(
      true,
    );
    await page.keyboard.type("!");
    await expect
      .poll(() => page.locator(".cm-activeLine").innerText())
      .toBe(lines[line]!.replace(/^timeZone/, "timeZone!"));
    await page.close();
  });

  it("keeps what is typed into the copy while the editor's code is on its way, reached by Tab", async () => {
    const page = await open("/playground", 1280, 900, { editor: false, until: "networkidle" });
    // Hold every script asked for from now on: the editor's chunks.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let held = 0;
    await page.route("**/*.js", async (route) => {
      held++;
      await gate;
      await route.continue();
    });
    await page.getByTestId("playground-share").focus();
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-copy"))).resolves.toBe(
      "true",
    );
    await page.keyboard.type("# mine");
    await expect.poll(() => held).toBeGreaterThan(0);
    await expect(page.locator(".cm-content").count()).resolves.toBe(0);
    release();
    await page.waitForSelector("[data-ready='true'] .cm-content");
    await expect.poll(() => editorText(page)).toBe(`# mine${TEMPLATES.CronJob.en}`);
    await expect(page.evaluate(() => document.activeElement?.classList.contains("cm-content"))).resolves.toBe(
      true,
    );
    await page.close();
  });

  it("opens the editor without a click when the text has an error, underlined at its place", async () => {
    const bad = TEMPLATES.Job.en.replace("backoffLimit: 4", "backoffLimit: -4");
    const page = await open(`/playground${toHash({ spec: bad, version: "1.33" })}`, 1280, 900, {
      editor: false,
    });
    await page.locator(".cm-lintRange-error").waitFor();
    await expect.poll(() => linesOf(page, ".cm-lintRange-error")).toEqual([6]);
    // It only appears: the reader's focus stays where it was.
    await expect(page.evaluate(() => document.activeElement?.classList.contains("cm-content"))).resolves.toBe(
      false,
    );
    await page.close();
  });
});

describe("the playground editor", () => {
  it("shows a mistake typed at line 6 as a diagnostic on line 6, and in the list", async () => {
    const page = await open("/playground");
    await loadTemplate(page, "Job", "en");
    expect(TEMPLATES.Job.en.split("\n")[5]).toBe("backoffLimit: 4");
    await toLineEnd(page, 6);
    await page.keyboard.press("Shift+Home");
    await page.keyboard.type("backoffLimit: -4");
    const text = await editorText(page);
    const expected = validate(parseSpecs(text).specs[0]);
    expect(expected.ok).toBe(false);
    const issue = expected.issues.find((i) => i.path === "backoffLimit")!;

    await expect.poll(() => linesOf(page, ".cm-lintRange-error")).toEqual([6]);
    const item = page.locator("[data-testid='playground-problems'] li[data-line='6']");
    await expect(item.innerText()).resolves.toContain(issue.message.en);
    await expect(page.getByTestId("playground-summary").innerText()).resolves.toContain("Line 6, column 15");

    // The diagnostic's own text, on hover.
    await page.locator(".cm-lintRange-error").hover();
    await expect.poll(() => page.locator(".cm-tooltip-lint").innerText()).toContain(issue.message.en);
    await page.screenshot({ path: join(SHOTS, "en-playground-editor.png") });

    // The list's place jumps to the line: the cursor's line becomes the active one.
    await toLineEnd(page, 1);
    await item.getByTestId("playground-goto").click();
    await expect.poll(() => page.locator(".cm-activeLine").innerText()).toBe("backoffLimit: -4");
    await expect(page.evaluate(() => document.activeElement?.classList.contains("cm-content"))).resolves.toBe(
      true,
    );
  });

  it("lists problems in file order, each at its line", async () => {
    const page = await open("/playground");
    const text =
      "kind: Job\nname: Bad_Name\ncompletions: -1\ncontainers:\n  - name: a\n    image: busybox:1.37\n";
    await page.getByTestId("playground-editor").fill(text);
    await expect.poll(() => editorText(page)).toBe(text);
    const located = parseSpecs(text).documents[0]!;
    const issues = validate(located.value).issues;
    const expectedLines = issues.map((i) => located.locate(i.path).line).sort((a, b) => a - b);
    expect(expectedLines.length).toBeGreaterThanOrEqual(2);
    await expect
      .poll(() =>
        page
          .locator("[data-testid='playground-problems'] li")
          .evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-line")))),
      )
      .toEqual(expectedLines);
  });

  it("offers `completions` after `compl` in a Job's spec, with the catalogue's description", async () => {
    const page = await open("/playground");
    await loadTemplate(page, "Job", "en");
    await page.getByTestId("playground-editor").press("Control+End");
    await page.keyboard.type("compl");
    await selectCompletion(page, "completions");
    await expect(page.locator(".cm-completionInfo").innerText()).resolves.toBe(
      section("job").fields.completions!.description.en,
    );
    await page.keyboard.press("Enter");
    await expect.poll(() => editorText(page)).toBe(`${TEMPLATES.Job.en}completions: `);
  });

  it("offers an enum field's values", async () => {
    const page = await open("/playground");
    await loadTemplate(page, "Job", "en");
    await page.getByTestId("playground-editor").press("Control+End");
    await page.keyboard.type("restartPolicy: ");
    await page.keyboard.press("Control+Space");
    const enumValues = section("pod").fields.restartPolicy!.enum!;
    expect(enumValues.length).toBeGreaterThan(1);
    await expect
      .poll(() => page.locator(".cm-tooltip-autocomplete li .cm-completionLabel").allInnerTexts())
      .toEqual([...enumValues].sort());
  });

  it("speaks Korean on the Korean page: diagnostics, completion and hover", async () => {
    const page = await open("/ko/playground");
    await loadTemplate(page, "Job", "ko");
    await toLineEnd(page, 6);
    await page.keyboard.press("Shift+Home");
    await page.keyboard.type("backoffLimit: -4");
    const issue = validate(parseSpecs(await editorText(page)).specs[0]).issues.find(
      (i) => i.path === "backoffLimit",
    )!;
    await expect.poll(() => linesOf(page, ".cm-lintRange-error")).toEqual([6]);
    await page.locator(".cm-lintRange-error").hover();
    const tooltip = await page.locator(".cm-tooltip-lint").innerText();
    expect(tooltip).toContain(issue.message.ko);
    expect(tooltip).toMatch(HANGUL);
    await expect(page.getByTestId("playground-summary").innerText()).resolves.toContain("6행 15열");
    await expect(page.getByTestId("playground-problems").innerText()).resolves.toContain(issue.message.ko);

    await page.getByTestId("playground-editor").press("Control+End");
    await page.keyboard.type("compl");
    await selectCompletion(page, "completions");
    await expect(page.locator(".cm-completionInfo").innerText()).resolves.toBe(
      section("job").fields.completions!.description.ko,
    );
    await page.keyboard.press("Escape");

    await page.mouse.move(0, 0);
    await page.locator(".cm-line", { hasText: "parallelism" }).locator(".tok-propertyName").hover();
    await expect
      .poll(() => page.locator(".cm-tooltip-hover").innerText())
      .toContain(section("job").fields.parallelism!.description.ko);
  });

  it("indents on Enter and with Tab, and lets Escape then Tab leave the editor", async () => {
    const page = await open("/playground");
    await loadTemplate(page, "Job", "en");
    const lines = TEMPLATES.Job.en.split("\n");
    const item = lines.indexOf("  - name: import") + 1;
    await toLineEnd(page, item);
    await page.keyboard.press("Enter");
    await page.keyboard.type("x");
    await expect.poll(async () => (await editorText(page)).split("\n")[item]).toBe("    x");

    // Tab indents the line by one unit (two spaces), Shift+Tab takes it back.
    await page.keyboard.press("Tab");
    await expect.poll(async () => (await editorText(page)).split("\n")[item]).toBe("      x");
    await page.keyboard.press("Shift+Tab");
    await expect.poll(async () => (await editorText(page)).split("\n")[item]).toBe("    x");

    // Undo takes the typing back, redo brings it again.
    await page.keyboard.type("y");
    await expect.poll(async () => (await editorText(page)).split("\n")[item]).toBe("    xy");
    await page.keyboard.press("Control+z");
    await expect.poll(async () => (await editorText(page)).split("\n")[item]).toBe("    x");
    await page.keyboard.press("Control+y");
    await expect.poll(async () => (await editorText(page)).split("\n")[item]).toBe("    xy");

    const focused = () =>
      page.evaluate(() => document.activeElement?.classList.contains("cm-content") ?? false);
    await expect(focused()).resolves.toBe(true);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    await expect.poll(focused).toBe(false);
  });

  it("asks before a template replaces edits, and keeps them on cancel", async () => {
    const page = await open("/playground");
    await loadTemplate(page, "Job", "en");
    await page.getByTestId("playground-editor").press("Control+End");
    await page.keyboard.type("# my edit");
    const edited = `${TEMPLATES.Job.en}# my edit`;
    await expect.poll(() => editorText(page)).toBe(edited);

    const dialog = page.getByRole("dialog", { name: "Replace your edits?" });
    await page.locator("button[data-template='StatefulSet']").click();
    await dialog.waitFor();
    await expect(dialog.innerText()).resolves.toContain("StatefulSet");
    // The safe answer has focus; the rest of the page is inert while the question is open.
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-answer"))).resolves.toBe(
      "cancel",
    );
    await dialog.getByRole("button", { name: "Keep my edits" }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await editorText(page)).toBe(edited);

    // Escape is a cancel too.
    await page.locator("button[data-template='StatefulSet']").click();
    await dialog.waitFor();
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await editorText(page)).toBe(edited);

    await page.locator("button[data-template='StatefulSet']").click();
    await dialog.getByRole("button", { name: "Replace" }).click();
    await expect.poll(() => editorText(page)).toBe(TEMPLATES.StatefulSet.en);
  });

  it("asks in Korean on the Korean page", async () => {
    const page = await open("/ko/playground");
    await page.getByTestId("playground-editor").press("Control+End");
    await page.keyboard.type("# 편집");
    await page.locator("button[data-template='Job']").click();
    const dialog = page.getByRole("dialog", { name: "편집 내용 교체" });
    await dialog.waitFor();
    await expect(dialog.innerText()).resolves.toMatch(HANGUL);
    await dialog.getByRole("button", { name: "편집 내용 유지" }).click();
    await expect.poll(() => editorText(page)).toBe(`${TEMPLATES.CronJob.ko}# 편집`);
  });

  it("keeps the outcome in sight while typing on a 390px phone", async () => {
    const page = await open("/playground", 390, 844);
    await loadTemplate(page, "Job", "en");
    await toLineEnd(page, 6);
    await page.keyboard.press("Shift+Home");
    await page.keyboard.type("backoffLimit: -4");
    const summary = page.getByTestId("playground-summary");
    await expect.poll(() => summary.innerText()).toContain("Line 6");
    const box = (await summary.boundingBox())!;
    const cursor = (await page.locator(".cm-cursor-primary, .cm-cursor").first().boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(cursor.y).toBeLessThan(box.y);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: join(SHOTS, "en-playground-editor-phone.png") });
  });

  it("keeps shared links working: the address restores the editor's text", async () => {
    const page = await open("/playground");
    await loadTemplate(page, "DaemonSet", "en");
    await page.getByTestId("playground-version").selectOption("1.33");
    await expect.poll(() => page.url()).toMatch(/#v=1\.33&spec=/);
    const again = await open(page.url().replace(site.server.url, ""));
    await expect.poll(() => editorText(again)).toBe(TEMPLATES.DaemonSet.en);
    await expect(again.getByTestId("playground-version").inputValue()).resolves.toBe("1.33");
    await expect(again.getByTestId("playground-status").getAttribute("data-ok")).resolves.toBe("true");
  });

  it("runs within the playground's JavaScript budget", async () => {
    const page = await open("/playground");
    await page.waitForLoadState("networkidle");
    // What the page ran: scripts it loaded (prefetched chunks are `link` entries, not `script` ones).
    const scripts = await page.evaluate(() =>
      (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
        .filter((entry) => entry.initiatorType === "script" && new URL(entry.name).pathname.endsWith(".js"))
        .map((entry) => ({ name: new URL(entry.name).pathname, bytes: entry.decodedBodySize })),
    );
    // The check worker's script is fetched by the worker, so it is not in the page's timeline: count its file.
    const workers = workersOf.get(page)!;
    expect(workers.length).toBe(1);
    const worker = statSync(join(BUILD, workers[0]!)).size;
    const total = scripts.reduce((sum, script) => sum + script.bytes, worker);
    console.log(
      `playground JavaScript: ${Math.round(total / 1024)} KiB in ${scripts.length} files and a worker of ${Math.round(worker / 1024)} KiB`,
    );
    // The editor's chunk is among them.
    const editorChunks = chunksWith(BUILD);
    expect(editorChunks.length).toBeGreaterThan(0);
    expect(scripts.some((script) => editorChunks.includes(script.name))).toBe(true);
    expect(total, `${Math.round(total / 1024)} KiB`).toBeLessThanOrEqual(PLAYGROUND_BUDGET);
  });
});

/** The built JavaScript files (as site paths) that hold CodeMirror's view: the editor's chunk. */
function chunksWith(root: string, prefix = ""): string[] {
  const dir = join(root, "assets", "js");
  return readdirSync(dir)
    .filter((file) => file.endsWith(".js") && readFileSync(join(dir, file), "utf8").includes("cm-lintRange"))
    .map((file) => `${prefix}/assets/js/${file}`);
}

describe("CodeMirror on other pages", () => {
  it("runs on no page but the playground, in either locale", async () => {
    const chunks = new Set([...chunksWith(BUILD), ...chunksWith(join(BUILD, "ko"), "/ko")]);
    expect(chunks.size).toBeGreaterThanOrEqual(2);
    const paths = sitePaths().filter((path) => !/\/playground$/.test(path));
    expect(paths.length).toBeGreaterThanOrEqual(18);
    const loading: string[] = [];
    const page = await site.context.newPage();
    for (const path of paths) {
      await page.goto(`${site.server.url}${path}`, { waitUntil: "networkidle" });
      const scripts = await page.evaluate(() =>
        (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
          .filter((entry) => entry.initiatorType === "script")
          .map((entry) => new URL(entry.name).pathname),
      );
      if (scripts.some((script) => chunks.has(script))) loading.push(path);
    }
    await page.close();
    expect(loading).toEqual([]);
  });
});

/** axe-core's WCAG 2.x A/AA and best-practice violations on the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
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
  })) as { id: string; nodes: { target: string[]; failureSummary?: string }[] }[];
  return found.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(" ")} ${n.failureSummary?.split("\n")[1] ?? ""}`),
  );
}

describe("the playground's accessibility", () => {
  for (const path of ["/playground", "/ko/playground"]) {
    for (const dark of [false, true]) {
      it(`has no axe violations on ${path} in ${dark ? "dark" : "light"} mode: problems, completion, hover, dialog`, async () => {
        const page = await site.context.newPage();
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.emulateMedia({ colorScheme: dark ? "dark" : "light" });
        await page.goto(`${site.server.url}${path}`, { waitUntil: "load" });
        await page.waitForSelector(`html[data-theme='${dark ? "dark" : "light"}']`);
        await page.waitForSelector("html[data-has-hydrated='true']");
        const lang = path.startsWith("/ko") ? "ko" : "en";
        // As it opens, the highlighted copy of the CronJob template (its long first line scrolls sideways), then
        // the editor that takes its place.
        const found = await axeViolations(page);
        await openPlaygroundEditor(page);
        found.push(...(await axeViolations(page)));
        await loadTemplate(page, "Job", lang);
        await toLineEnd(page, 6);
        await page.keyboard.press("Shift+Home");
        await page.keyboard.type("backoffLimit: -4");
        await page.locator(".cm-lintRange-error").waitFor();
        await page.locator(".cm-lintRange-error").hover();
        await page.locator(".cm-tooltip-lint").waitFor();
        found.push(...(await axeViolations(page)));

        await page.getByTestId("playground-editor").press("Control+End");
        await page.keyboard.type("compl");
        await page.locator(".cm-completionInfo").waitFor();
        found.push(...(await axeViolations(page)));
        await page.keyboard.press("Escape");

        await page.locator(".cm-line", { hasText: "parallelism" }).locator(".tok-propertyName").hover();
        await page.locator(".cm-tooltip-hover").waitFor();
        found.push(...(await axeViolations(page)));

        await page.locator("button[data-template='StatefulSet']").click();
        await page.getByTestId("playground-confirm").waitFor();
        found.push(...(await axeViolations(page)));
        await page.close();
        expect(found).toEqual([]);
      });
    }
  }
});

describe("the pages above", () => {
  it("logged no errors in the browser (hydration mismatches included)", () => {
    expect(errors).toEqual([]);
  });
});
