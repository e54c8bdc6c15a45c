import { isRecord } from "../context.js";

/**
 * The object items of a list field; anything else (absent, not a list, non-object items) counts as none. A list
 * of objects only (the usual case) is handed back as it is, not copied: callers only read it. The items' positions
 * here are not their positions in the user's list: a rule that reports at an item uses `eachItem` instead.
 */
export function list(value: unknown): readonly Record<string, unknown>[] {
  if (!Array.isArray(value)) return NONE;
  for (let i = 0; i < value.length; i++) if (!isRecord(value[i])) return value.filter(isRecord);
  return value as Record<string, unknown>[];
}

const NONE: readonly Record<string, unknown>[] = [];

/**
 * Calls `each` with every object item of a list field and the item's index in the user's list, so a problem is
 * reported at the item it is about even when a non-object item (reported by the generic walker) comes before it.
 * Anything else (absent, not a list, non-object items, holes) is skipped.
 */
export function eachItem(value: unknown, each: (item: Record<string, unknown>, index: number) => void): void {
  if (!Array.isArray(value)) return;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (isRecord(item)) each(item, index);
  }
}
