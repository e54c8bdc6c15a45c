import { isValidElement, type ReactNode } from "react";

/**
 * The text of a fenced code block passed as children in MDX. MDX compiles a fence to `<pre><code>text</code></pre>`
 * elements whose innermost child is the raw text, indentation intact (a template literal in a JSX attribute
 * would lose its indentation, which YAML cannot afford).
 */
export function childrenText(children: ReactNode): string {
  if (typeof children === "string") return children;
  if (typeof children === "number") return String(children);
  if (Array.isArray(children)) return children.map(childrenText).join("");
  if (isValidElement<{ children?: ReactNode }>(children)) return childrenText(children.props.children);
  return "";
}
