/**
 * The Korean site speaks Korean in its interface too: every string of the theme and of the search plugin has a
 * Korean translation, no page of the Korean build shows one of their English defaults (text or labels), and the
 * Korean build's JavaScript holds those defaults only as the fallbacks of translate() calls whose Korean it ships,
 * so nothing drawn after hydration (search suggestions, "copied", the theme toggle) falls back to English.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { runInNewContext } from "node:vm";
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

/** Every file of a directory tree whose name matches. */
function filesUnder(dir: string, name: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "__mocks__" ? [] : filesUnder(path, name);
    return name.test(entry.name) ? [path] : [];
  });
}

/** The translation ids the installed theme-classic uses, read from its compiled components. */
function themeClassicIds(): Set<string> {
  const ids = new Set<string>();
  for (const file of filesUnder(join(themeClassic, "lib"), /\.js$/)) {
    for (const m of readFileSync(file, "utf8").matchAll(/\bid[:=]\s*["'](theme\.[^"']+)["']/g))
      ids.add(m[1]!);
  }
  return ids;
}

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
function interfaceText(html: string, options: { readonly labelsOnly?: boolean } = {}): string[] {
  const labels = [...html.matchAll(/\b(?:aria-label|title|placeholder|alt)=(?:"([^"]*)"|([^\s>]+))/g)].map(
    (m) => m[1] ?? m[2] ?? "",
  );
  if (options.labelsOnly) return labels;
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

/** The code translations a locale's build ships (the `JSON.parse('{"theme...')` module of its main bundle). */
function shippedTranslations(scripts: readonly string[]): Messages {
  for (const source of scripts) {
    const m = /JSON\.parse\('(\{"theme\.(?:[^'\\]|\\.)*\})'\)/.exec(source);
    // The module is a JavaScript string literal holding JSON: evaluate the literal alone, then read the JSON.
    if (m) return JSON.parse(runInNewContext(`'${m[1]!}'`) as string) as Messages;
  }
  return {};
}

/** Where a string literal with this exact text occurs in minified code, written with either quote. */
function literalOffsets(source: string, text: string): number[] {
  const out: number[] = [];
  for (const literal of new Set([JSON.stringify(text), `'${text.replace(/'/g, "\\'")}'`])) {
    for (let at = source.indexOf(literal); at !== -1; at = source.indexOf(literal, at + 1)) out.push(at);
  }
  return out;
}

describe("the Korean interface", () => {
  const search = searchDefaults();

  it("reads the search plugin's strings", () => {
    expect(Object.keys(search)).toEqual(
      expect.arrayContaining(["theme.SearchBar.label", "theme.SearchBar.noResultsText"]),
    );
  });

  it("takes the theme's list from the installed theme-classic: each id its components use is in it", () => {
    const ids = themeClassicIds();
    expect(ids.size).toBeGreaterThan(50);
    expect([...ids].filter((id) => !(id in themeDefaults))).toEqual([]);
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

  it("labels nothing with an English default, single words included", () => {
    // A label or a text node that is exactly a default ("Search", "Copy", "Next") is the interface speaking English.
    const english = new Set(
      [...Object.values(themeDefaults), ...Object.values(search)].filter((m) => !m.includes("{")),
    );
    const found: string[] = [];
    for (const page of koreanPages()) {
      // The API reference's text is TypeScript's, in English by design (its page says so in Korean): a property
      // named `note` is a heading there. Its interface labels are still checked.
      const api = page.startsWith(join(BUILD, "ko", "api"));
      for (const shown of interfaceText(readFileSync(page, "utf8"), { labelsOnly: api })) {
        if (english.has(shown)) found.push(`${page.replace(BUILD, "")}: ${shown}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("names field types in Korean in every field table", () => {
    const english: string[] = [];
    let seen = 0;
    for (const page of koreanPages()) {
      for (const m of readFileSync(page, "utf8").matchAll(/data-type=(?:"([^"]+)"|(\S+?))>([^<]*)</g)) {
        seen++;
        if (!HANGUL.test(m[3]!)) english.push(`${page.replace(BUILD, "")}: ${m[1] ?? m[2]} shown as ${m[3]}`);
      }
    }
    expect(seen).toBeGreaterThan(100);
    expect([...new Set(english)]).toEqual([]);
  });

  it("ships Korean for every default the Korean build's JavaScript holds, and no default outside translate()", () => {
    const dir = join(BUILD, "ko", "assets", "js");
    const scripts = filesUnder(dir, /\.js$/).map((file) => ({ file, source: readFileSync(file, "utf8") }));
    const shipped = shippedTranslations(scripts.map((s) => s.source));
    const defaults = { ...themeDefaults, ...search };
    const untranslated = Object.keys(defaults).filter((key) => !HANGUL.test(shipped[key] ?? ""));
    expect(untranslated).toEqual([]);

    const stray: string[] = [];
    let fallbacks = 0;
    for (const [key, message] of Object.entries(defaults)) {
      // A single lowercase word ("warning", "note") is also a value in code (a severity, an admonition type).
      if (/^[a-z]+$/.test(message)) continue;
      const id = new RegExp(`\\bid:["']${key.replace(/\./g, "\\.")}["']`);
      for (const { file, source } of scripts) {
        for (const at of literalOffsets(source, message)) {
          // A fallback sits in the same call as its id: translate({id, message}), translate({message, id}) or
          // <Translate id=... values={...}>children</Translate> compiled to jsx(Translate, {id, values, children}).
          if (id.test(source.slice(Math.max(0, at - 800), at + 300))) fallbacks++;
          else
            stray.push(
              `${file.replace(BUILD, "")}: ${JSON.stringify(message)} (${key}) near ${JSON.stringify(source.slice(at - 60, at))}`,
            );
        }
      }
    }
    // The scan sees the theme's translate() calls (so an empty result above means something).
    expect(fallbacks).toBeGreaterThan(20);
    expect(stray).toEqual([]);
  });

  it("speaks in the guide's plain style: no 합니다 or 해요 endings in any interface string", () => {
    const polite = Object.entries(koreanMessages()).filter(([, text]) =>
      /니다|세요|[어에해]요(?=[.!]?$)/.test(text),
    );
    expect(polite).toEqual([]);
  });

  it("words status lines as Korean interfaces do, not as sentences", () => {
    const ko = koreanMessages();
    for (const key of [
      "theme.CodeBlock.copied",
      "playground.copied",
      "theme.SearchBar.noResultsText",
      "theme.SearchPage.noResultsText",
      "theme.ErrorPageContent.title",
      "theme.ErrorPageContent.tryAgain",
      "playground.problems",
    ]) {
      expect(ko[key], key).not.toMatch(/(다|니다)\.?$/);
    }
  });
});
