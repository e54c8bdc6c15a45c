/**
 * plugins/code-unit-order-loader.ts: the sorts it rewrites are still in the installed Docusaurus, the rewrite keeps
 * the order the docs plugin relies on, and the built main.js runs no localeCompare.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPLACEMENTS, replaceSorts } from "../plugins/code-unit-order-loader";
import { APP, BUILD } from "./chromium";

const require = createRequire(join(APP, "package.json"));
/** The installed modules the loader rewrites, resolved as the site's bundler resolves them. */
const MODULES = [
  join(
    require.resolve("@docusaurus/plugin-content-docs/client").replace(/index\.js$/, ""),
    "docsClientUtils.js",
  ),
  join(
    require.resolve("@docusaurus/theme-common").replace(/lib[\\/]index\.js$/, ""),
    "lib",
    "utils",
    "reactUtils.js",
  ),
];

describe("code-unit order for Docusaurus' internal sorts", () => {
  it("finds and replaces every expression in the installed Docusaurus modules", () => {
    for (const path of MODULES) {
      const source = readFileSync(path, "utf8");
      const out = replaceSorts(source, path);
      expect(out, path).not.toContain("localeCompare");
      expect(out).not.toBe(source);
    }
    expect(REPLACEMENTS.filter((r) => MODULES.some((m) => r.module.test(m)))).toHaveLength(2);
  });

  it("fails the build when an expression is gone", () => {
    expect(() => replaceSorts("export const x = 1;", "/x/docsClientUtils.js")).toThrow(/no longer contains/);
    // Modules it does not target pass through untouched.
    expect(replaceSorts("a.localeCompare(b)", "/x/other.js")).toBe("a.localeCompare(b)");
  });

  it("orders the docs plugins' paths with the longer nested path first, as localeCompare did", () => {
    const compare = new Function("a", "b", `return ${REPLACEMENTS[0]!.to};`) as (
      a: [string, { path: string }],
      b: [string, { path: string }],
    ) => number;
    const plugins: [string, { path: string }][] = [
      ["default", { path: "/" }],
      ["api", { path: "/api" }],
      ["ko", { path: "/ko/api" }],
    ];
    const byLocale = [...plugins].sort((a, b) => b[1].path.localeCompare(a[1].path)).map(([id]) => id);
    expect([...plugins].sort(compare).map(([id]) => id)).toEqual(byLocale);
    expect(byLocale).toEqual(["ko", "api", "default"]);
  });

  it("leaves no localeCompare in the built main.js, in either locale", () => {
    for (const locale of ["", "ko"]) {
      const html = readFileSync(join(BUILD, locale, "index.html"), "utf8");
      const file = /<script src="?[^" >]*\/(assets\/js\/main\.[0-9a-f]+\.js)"?/.exec(html)?.[1];
      expect(file).toBeDefined();
      expect(readFileSync(join(BUILD, locale, file!), "utf8")).not.toContain("localeCompare");
    }
  });
});
