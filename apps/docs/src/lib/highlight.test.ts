import { Prism } from "prism-react-renderer";
import { describe, expect, it } from "vitest";
import { highlight, remarkHighlight, staticFence } from "../../plugins/code-highlight";
import { darkCode, lightCode } from "../prism-themes";
import { codeThemeCss, escapeHtml, HIGHLIGHT_CLASS, highlightToHtml, type PrismLike } from "./highlight";

const prism = Prism as unknown as PrismLike;

/** The text a browser shows for the HTML: tags dropped, entities decoded. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

describe("highlightToHtml", () => {
  const yaml = "kind: Job\nspec:\n  completions: 5 # five pods\n  suspend: false\n";

  it("marks YAML keys, numbers, booleans and comments with Prism's token types", () => {
    const html = highlightToHtml(prism, yaml, "yaml");
    expect(html).toMatch(/<span class="t-key t-atrule">kind<\/span>/);
    expect(html).toMatch(/<span class="[^"]*t-number[^"]*">5<\/span>/);
    expect(html).toMatch(/<span class="[^"]*t-boolean[^"]*">false<\/span>/);
    expect(html).toMatch(/<span class="t-comment"># five pods<\/span>/);
  });

  it("keeps the text exactly, without the one final line break the theme drops too", () => {
    expect(text(highlightToHtml(prism, yaml, "yaml"))).toBe(yaml.slice(0, -1));
    expect(text(highlightToHtml(prism, "a: 1\n\n", "yml"))).toBe("a: 1\n");
  });

  it("escapes markup in code, in known and unknown languages", () => {
    const code = 'x: "<script>&</script>"';
    for (const lang of ["yaml", "text", undefined]) {
      const html = highlightToHtml(prism, code, lang);
      expect(html).not.toContain("<script>");
      expect(text(html)).toBe(code);
    }
    expect(escapeHtml("<a & b>")).toBe("&lt;a &amp; b&gt;");
  });

  it("shows a language Prism does not know as plain text", () => {
    expect(highlightToHtml(prism, "$ podworks validate", "console")).toBe("$ podworks validate");
  });
});

describe("highlight at build time", () => {
  it("knows bash (loaded from prismjs' components) as well as ts and yaml", () => {
    expect(highlight('echo "done"', "bash")).toMatch(/<span class="t-builtin[^"]*">echo<\/span>/);
    expect(highlight('echo "done"', "sh")).toContain("t-string");
    expect(highlight("const x: number = 1;", "ts")).toMatch(/<span class="t-keyword">const<\/span>/);
  });

  it("gives fenced blocks their HTML, and leaves numbered or line-highlighted ones to the theme", () => {
    const plain = { type: "code", lang: "yaml", meta: 'title="job.yaml"', value: "kind: Job" };
    const numbered = { type: "code", lang: "yaml", meta: "showLineNumbers", value: "kind: Job" };
    const marked = { type: "code", lang: "yaml", meta: "{1}", value: "kind: Job" };
    const tree = { type: "root", children: [plain, numbered, marked] };
    remarkHighlight()(tree);
    expect(plain).toHaveProperty("data.hProperties.highlighted", highlight("kind: Job", "yaml"));
    expect(numbered).not.toHaveProperty("data");
    expect(marked).not.toHaveProperty("data");
    expect(staticFence({ type: "code", value: "# highlight-next-line\nkind: Job" })).toBe(false);
  });
});

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe("the code themes' stylesheet", () => {
  const css = codeThemeCss(lightCode, darkCode);

  it("colours every token type of both themes, the dark one under [data-theme='dark']", () => {
    expect(css).toContain(`.${HIGHLIGHT_CLASS} .t-atrule`);
    expect(css).toContain(`[data-theme='dark'] .${HIGHLIGHT_CLASS} .t-atrule`);
    expect(css).toContain(":root{--prism-color:#24292f;--prism-background-color:#f6f8fa}");
    expect(css).toContain("[data-theme='dark']{--prism-color:#f8f8f2;--prism-background-color:#282a36}");
    for (const theme of [lightCode, darkCode]) {
      for (const entry of theme.styles) {
        if (typeof entry.style.color === "string") expect(css).toContain(`{color:${entry.style.color}`);
      }
    }
  });

  it("keeps every token colour at WCAG AA (4.5:1) on its block's background", () => {
    for (const theme of [lightCode, darkCode]) {
      const background = String(theme.plain.backgroundColor);
      for (const color of [theme.plain.color, ...theme.styles.map((s) => s.style.color)]) {
        if (typeof color !== "string") continue;
        expect(contrast(color, background), `${color} on ${background}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
