/** Splits text with `code` spans into plain and code parts, for rendering catalogue text. */
export function codeSpans(text: string): { readonly code: boolean; readonly text: string }[] {
  return text
    .split("`")
    .map((part, index) => ({ code: index % 2 === 1, text: part }))
    .filter((part) => part.text !== "");
}
