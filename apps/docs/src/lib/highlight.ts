/**
 * Code highlighting as static HTML: Prism's tokens become `<span class="t-<type>">` elements, coloured by CSS that
 * `codeThemeCss` derives from the light and dark code themes (src/prism-themes.ts). The site runs this while it is
 * built (plugins/code-highlight.ts), so content pages hydrate one element per code block instead of tokenizing every
 * block in the browser; the playground, whose output changes as one types, runs the same function on demand.
 */
import type { PrismTheme } from "prism-react-renderer";

/** The part of Prism's API used here (prism-react-renderer's bundled Prism, or Prism itself). */
export interface PrismLike {
  readonly languages: Record<string, unknown>;
  tokenize(text: string, grammar: never): (string | PrismToken)[];
}

interface PrismToken {
  readonly type: string;
  readonly alias?: string | readonly string[];
  readonly content: string | PrismToken | readonly (string | PrismToken)[];
}

/** The class every highlighted `<code>` carries; the token colours are scoped to it. */
export const HIGHLIGHT_CLASS = "pw-code";

/** Aliases Docusaurus accepts in a fence that Prism registers under another name. */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = { yml: "yaml", shell: "bash", sh: "bash" };

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function className(type: string): string {
  // Prism's types are identifiers such as `atrule` or `attr-name`; keep anything else out of the attribute.
  return `t-${type.replace(/[^a-zA-Z0-9-]/g, "")}`;
}

function render(token: string | PrismToken | readonly (string | PrismToken)[]): string {
  if (typeof token === "string") return escapeHtml(token);
  if (Array.isArray(token)) return (token as readonly (string | PrismToken)[]).map(render).join("");
  const t = token as PrismToken;
  const aliases = t.alias === undefined ? [] : typeof t.alias === "string" ? [t.alias] : t.alias;
  const classes = [t.type, ...aliases].map(className).join(" ");
  return `<span class="${classes}">${render(t.content)}</span>`;
}

/** Whether Prism has a grammar for a fence's language (after Docusaurus' aliases). */
export function grammarName(prism: PrismLike, language: string | undefined): string | undefined {
  if (language === undefined) return undefined;
  const name = LANGUAGE_ALIASES[language] ?? language;
  return prism.languages[name] === undefined ? undefined : name;
}

/**
 * The inner HTML of a code block's `<code>`: escaped text, with Prism's tokens as spans when it knows the
 * language; a language it does not know (`text`, `console`) is shown plain.
 */
export function highlightToHtml(prism: PrismLike, code: string, language: string | undefined): string {
  // The theme drops one final line break before it shows a block (an empty last line otherwise); so does this.
  const text = code.replace(/\r?\n$/, "");
  const name = grammarName(prism, language);
  if (name === undefined) return escapeHtml(text);
  return render(prism.tokenize(text, prism.languages[name] as never));
}

function declarations(style: Readonly<Record<string, unknown>>): string {
  const parts: string[] = [];
  if (typeof style.color === "string") parts.push(`color:${style.color}`);
  if (typeof style.fontStyle === "string") parts.push(`font-style:${style.fontStyle}`);
  if (typeof style.fontWeight === "string" || typeof style.fontWeight === "number")
    parts.push(`font-weight:${style.fontWeight}`);
  if (typeof style.textDecorationLine === "string")
    parts.push(`text-decoration-line:${style.textDecorationLine}`);
  return parts.join(";");
}

function themeRules(theme: PrismTheme, scope: string): string[] {
  const plain = theme.plain as Readonly<Record<string, unknown>>;
  const rules = [
    `${scope || ":root"}{--prism-color:${String(plain.color)};--prism-background-color:${String(plain.backgroundColor)}}`,
  ];
  // Later entries win, as in prism-react-renderer, where a later type's style overrides an earlier one's.
  for (const entry of theme.styles) {
    const body = declarations(entry.style as Readonly<Record<string, unknown>>);
    if (body === "") continue;
    const selectors = entry.types.map((type) => `${scope} .${HIGHLIGHT_CLASS} .${className(type)}`.trim());
    rules.push(`${selectors.join(",")}{${body}}`);
  }
  return rules;
}

/** The stylesheet of the static code blocks: the light theme on the page, the dark one under `[data-theme=dark]`. */
export function codeThemeCss(light: PrismTheme, dark: PrismTheme): string {
  return [...themeRules(light, ""), ...themeRules(dark, "[data-theme='dark']")].join("\n");
}
