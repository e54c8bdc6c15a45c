/**
 * The Korean site speaks Korean in its interface too: every string of the theme and of the search plugin has a
 * Korean translation, and no page of the Korean build shows one of their English defaults (text or aria labels).
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { APP, BUILD } from "./chromium";

const HANGUL = /[\uac00-\ud7a3]/;
const require = createRequire(join(APP, "package.json"));

/** Where a package's files are, found through the docs app's own dependencies. */
function packageDir(name: string, from?: string): string {
  const resolver = from ? createRequire(join(from, "package.json")) : require;
  return dirname(resolver.resolve(`${name}/package.json`));
}

const themeClassic = packageDir("@docusaurus/theme-classic");
const translations = join(packageDir("@docusaurus/theme-translations", themeClassic), "locales");
const searchPlugin = packageDir("@easyops-cn/docusaurus-search-local");

type Messages = Record<string, string>;
const readJson = (path: string): Messages => JSON.parse(readFileSync(path, "utf8")) as Messages;
const withoutDescriptions = (m: Messages): Messages =>
  Object.fromEntries(Object.entries(m).filter(([key]) => !key.endsWith("___DESCRIPTION")));

/** The theme's English defaults (theme-common covers the classic theme's strings). */
const themeDefaults = withoutDescriptions(readJson(join(translations, "base", "theme-common.json")));

/** The search plugin's keys and English defaults, read from the translate() calls in its client code. */
function searchDefaults(): Messages {
  const out: Messages = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.jsx?$/.test(entry.name)) {
        const source = readFileSync(path, "utf8");
        for (const m of source.matchAll(/id:\s*"(theme\.Search[\w.]+)",\s*message:\s*"([^"]+)"/g))
          out[m[1]!] = m[2]!;
      }
    }
  };
  walk(join(searchPlugin, "dist", "client"));
  return out;
}

/** What the Korean build uses: Docusaurus' Korean theme strings, overridden by the site's own code.json. */
function koreanMessages(): Messages {
  const site = JSON.parse(readFileSync(join(APP, "i18n", "ko", "code.json"), "utf8")) as Record<
    string,
    { message: string }
  >;
  return {
    ...withoutDescriptions(readJson(join(translations, "ko", "theme-common.json"))),
    ...Object.fromEntries(Object.entries(site).map(([key, value]) => [key, value.message])),
  };
}

/** The visible text and the labels of a built page (scripts, styles and code left out). */
function interfaceText(html: string): string[] {
  const labels = [...html.matchAll(/\b(?:aria-label|title|placeholder|alt)=(?:"([^"]*)"|([^\s>]+))/g)].map(
    (m) => m[1] ?? m[2] ?? "",
  );
  const text = html
    .replace(/<(script|style|pre|code)\b[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, "\n")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return [...labels, ...text];
}

function koreanPages(dir = join(BUILD, "ko")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "assets" ? [] : koreanPages(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

describe("the Korean interface", () => {
  const search = searchDefaults();

  it("reads the search plugin's strings", () => {
    expect(Object.keys(search)).toEqual(
      expect.arrayContaining(["theme.SearchBar.label", "theme.SearchBar.noResultsText"]),
    );
  });

  it("has a Korean translation for every theme and search string", () => {
    const ko = koreanMessages();
    const missing = Object.keys({ ...themeDefaults, ...search }).filter((key) => !HANGUL.test(ko[key] ?? ""));
    expect(missing).toEqual([]);
  });

  it("shows none of their English defaults on any Korean page, the 404 page included", () => {
    // Multi-word defaults only: single words such as "Docs" could be part of a page's own text.
    const english = [...new Set([...Object.values(themeDefaults), ...Object.values(search)])]
      .map((m) => m.split("{")[0]!.trim())
      .filter((m) => m.split(/\s+/).length >= 2);
    const pages = koreanPages();
    expect(pages.map((p) => p.replace(BUILD, ""))).toContain("/ko/404.html");
    const found: string[] = [];
    for (const page of pages) {
      const shown = interfaceText(readFileSync(page, "utf8"));
      for (const message of english) {
        if (shown.some((s) => s.includes(message))) found.push(`${page.replace(BUILD, "")}: ${message}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("words status lines as Korean interfaces do, not as sentences", () => {
    const ko = koreanMessages();
    for (const key of [
      "theme.CodeBlock.copied",
      "playground.copied",
      "theme.SearchBar.noResultsText",
      "playground.problems",
    ]) {
      expect(ko[key], key).not.toMatch(/(다|니다)\.?$/);
    }
  });
});
