/**
 * Code colours that pass WCAG AA (4.5:1) on their own backgrounds, and that colour YAML keys in both modes
 * (prism-react-renderer's github theme draws keys at 2.7:1 and numbers at 2.6:1 on #f6f8fa; its dracula theme
 * leaves keys, Prism's `atrule` in YAML, uncoloured). Ratios in the comments are against the block's background.
 */
import type { PrismTheme } from "prism-react-renderer";

export const lightCode: PrismTheme = {
  plain: { color: "#24292f", backgroundColor: "#f6f8fa" },
  styles: [
    { types: ["comment", "prolog", "doctype", "cdata"], style: { color: "#57606a", fontStyle: "italic" } }, // 5.8:1
    { types: ["punctuation", "operator"], style: { color: "#24292f" } }, // 14:1
    { types: ["atrule", "property", "tag", "attr-name", "key", "selector"], style: { color: "#0550ae" } }, // 7.4:1
    { types: ["string", "attr-value", "char", "inserted", "url"], style: { color: "#116329" } }, // 7.1:1
    { types: ["number", "boolean", "constant", "important", "symbol"], style: { color: "#953800" } }, // 6.8:1
    { types: ["keyword", "builtin", "deleted"], style: { color: "#b31d28" } }, // 6.3:1
    { types: ["function", "class-name"], style: { color: "#6639ba" } }, // 7.2:1
    { types: ["variable", "regex"], style: { color: "#953800" } },
  ],
};

export const darkCode: PrismTheme = {
  plain: { color: "#f8f8f2", backgroundColor: "#282a36" },
  styles: [
    { types: ["comment", "prolog", "doctype", "cdata"], style: { color: "#a0a9cb", fontStyle: "italic" } }, // 6.3:1
    { types: ["punctuation", "operator"], style: { color: "#f8f8f2" } }, // 13:1
    { types: ["atrule", "property", "tag", "attr-name", "key", "selector"], style: { color: "#8be9fd" } }, // 11:1
    { types: ["string", "attr-value", "char", "inserted", "url"], style: { color: "#f1fa8c" } }, // 13:1
    { types: ["number", "boolean", "constant", "important", "symbol"], style: { color: "#bd93f9" } }, // 5.9:1
    { types: ["keyword", "builtin", "deleted"], style: { color: "#ff79c6" } }, // 6.0:1
    { types: ["function", "class-name"], style: { color: "#50fa7b" } }, // 10:1
    { types: ["variable", "regex"], style: { color: "#ffb86c" } },
  ],
};
