import { isRecord } from "../context.js";

/** The object items of a list field; anything else (absent, not a list, non-object items) counts as none. */
export function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}
