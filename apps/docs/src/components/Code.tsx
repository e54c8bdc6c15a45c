import type { ReactNode } from "react";
import { codeSpans } from "../lib/code-spans";

/** Catalogue text with its `code` spans shown as inline code. */
export function TextWithCode({ text }: { readonly text: string }): ReactNode {
  return codeSpans(text).map((part, index) =>
    // The parts never move, so their position is a stable key.
    // biome-ignore lint/suspicious/noArrayIndexKey: static text split once
    part.code ? <code key={index}>{part.text}</code> : <span key={index}>{part.text}</span>,
  );
}
