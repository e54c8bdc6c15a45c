import { isRecord } from "../context.js";

/**
 * The object items of a list field; anything else (absent, not a list, non-object items) counts as none. A list
 * of objects only (the usual case) is handed back as it is, not copied: callers only read it.
 */
export function list(value: unknown): readonly Record<string, unknown>[] {
  if (!Array.isArray(value)) return NONE;
  for (let i = 0; i < value.length; i++) if (!isRecord(value[i])) return value.filter(isRecord);
  return value as Record<string, unknown>[];
}

const NONE: readonly Record<string, unknown>[] = [];
