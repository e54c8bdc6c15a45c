/**
 * Stands in for the classic theme's client module `prism-include-languages` (plugins/code-highlight.ts swaps it
 * in): that module would put Prism and its extra languages into every page's main bundle, while content pages get
 * their code highlighted at build time. The runtime highlighter (src/theme/CodeBlock/Runtime.tsx) loads them.
 */
export {};
