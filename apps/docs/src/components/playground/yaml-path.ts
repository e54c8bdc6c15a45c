/**
 * Where the cursor is in a YAML spec that is being typed, so half-written text (which no YAML parser accepts)
 * still tells completion and hover which mapping the cursor is in. The structure comes from indentation, the
 * way YAML's block style defines it: a line's parent is the nearest line above whose key (or `- ` item) starts
 * further left. Flow collections (`{ cpu: 1 }`) and block scalars are not looked into.
 */

/** One step from a document's root to the cursor: a mapping key, or an item of a sequence (`- `). */
export type Step = { readonly key: string } | { readonly item: true };

/** What a line opens, left to right: `  - name: x` is an item at column 2, then the key `name` at column 4. */
interface Element {
  readonly column: number;
  /** The key, for `key:`; undefined for a `- ` item or a plain value. */
  readonly key: string | undefined;
  readonly item: boolean;
  /** Where the element's text ends (for a key: before its colon). */
  readonly end: number;
}

const DOCUMENT_MARK = /^(---|\.\.\.)(\s|$)/;
/** A block mapping key: plain (`restartPolicy`, `app.kubernetes.io/name`) or quoted, then `:` and a space or the end. */
const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#:{}[\],"'][^#:]*?)[ \t]*:(?=\s|$)/;

function unquote(key: string): string {
  if (key.startsWith('"')) {
    try {
      return JSON.parse(key) as string;
    } catch {
      return key.slice(1, -1);
    }
  }
  if (key.startsWith("'")) return key.slice(1, -1).replace(/''/g, "'");
  return key.trimEnd();
}

/** The elements a line opens; undefined for a blank line or a comment, which say nothing about structure. */
function elementsOf(line: string): Element[] | undefined {
  let i = 0;
  while (line[i] === " ") i++;
  if (i >= line.length || line[i] === "#") return undefined;
  const elements: Element[] = [];
  while (line[i] === "-" && (i + 1 === line.length || line[i + 1] === " ")) {
    elements.push({ column: i, key: undefined, item: true, end: i + 1 });
    i++;
    while (line[i] === " ") i++;
  }
  if (i >= line.length || line[i] === "#") return elements;
  const match = KEY.exec(line.slice(i));
  if (match) {
    const raw = match[1]!;
    elements.push({ column: i, key: unquote(raw), item: false, end: i + raw.trimEnd().length });
  } else {
    elements.push({ column: i, key: undefined, item: false, end: line.length });
  }
  return elements;
}

function stepOf(element: Element): Step {
  return element.key === undefined ? { item: true } : { key: element.key };
}

/**
 * The steps from the document's root to something at `column` on line `index` (0-based), given the elements of
 * that line that come before it. Walks up until a line opens something further left, then from there.
 */
function ancestors(
  lines: readonly string[],
  index: number,
  column: number,
  before: readonly Element[],
): Step[] {
  const steps: Step[] = [];
  let limit = column;
  const take = (elements: readonly Element[]) => {
    const open = elements.filter((e) => e.column < limit && (e.item || e.key !== undefined));
    if (open.length === 0) return;
    steps.unshift(...open.map(stepOf));
    limit = elements[0]!.column;
  };
  take(before);
  for (let i = index - 1; i >= 0 && limit > 0; i--) {
    const line = lines[i]!;
    if (DOCUMENT_MARK.test(line)) break;
    const elements = elementsOf(line);
    if (!elements || elements.length === 0) continue;
    if (elements[0]!.column >= limit) continue; // a sibling, or something nested in one
    take(elements);
  }
  return steps;
}

interface LinePosition {
  readonly lines: readonly string[];
  readonly index: number;
  readonly column: number;
  /** Offset of the line's first character. */
  readonly start: number;
}

function linePosition(text: string, offset: number): LinePosition {
  const lines = text.split("\n");
  let start = 0;
  let index = 0;
  while (index < lines.length - 1 && start + lines[index]!.length < offset) {
    start += lines[index]!.length + 1;
    index++;
  }
  return { lines, index, column: offset - start, start };
}

/** What is being typed at the cursor: a key of some mapping, or the value of a key. */
export type CursorContext =
  | {
      readonly at: "key";
      /** The steps to the mapping whose key is being typed. */
      readonly steps: readonly Step[];
      /** Offset where the typed word starts, and the word so far. */
      readonly from: number;
      readonly typed: string;
    }
  | {
      readonly at: "value";
      /** The steps to the field whose value is being typed (its key last). */
      readonly steps: readonly Step[];
      readonly from: number;
      readonly typed: string;
    };

/** The context of the cursor at `offset`, or undefined where neither a key nor a plain value is being typed. */
export function contextAt(text: string, offset: number): CursorContext | undefined {
  const { lines, index, column, start } = linePosition(text, offset);
  const prefix = lines[index]!.slice(0, column);
  if (DOCUMENT_MARK.test(prefix)) return undefined;
  // The value of a key on this line: `  restartPolicy: Nev`.
  const value =
    /^(\s*(?:-\s+)*)("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#:{}[\],"'][^#:]*?)[ \t]*:[ \t]+([\w./-]*)$/.exec(
      prefix,
    );
  if (value) {
    const elements = elementsOf(prefix) ?? [];
    const key = elements[elements.length - 1];
    if (!key || key.key === undefined) return undefined;
    const steps = [...ancestors(lines, index, key.column, elements.slice(0, -1)), { key: key.key }];
    const typed = value[3]!;
    return { at: "value", steps, from: start + column - typed.length, typed };
  }
  // A key being typed: `  compl`, `  - na`, or nothing yet after the indentation.
  const key = /^(\s*(?:-\s+)*)([\w./-]*)$/.exec(prefix);
  if (!key) return undefined;
  const typed = key[2]!;
  const keyColumn = column - typed.length;
  const before = (elementsOf(`${key[1]!}x`) ?? []).filter((e) => e.item);
  return { at: "key", steps: ancestors(lines, index, keyColumn, before), from: start + keyColumn, typed };
}

/** The key under `offset` (for hover): its steps (the key last) and its extent. */
export function keyAt(
  text: string,
  offset: number,
): { readonly steps: readonly Step[]; readonly from: number; readonly to: number } | undefined {
  const { lines, index, column, start } = linePosition(text, offset);
  const line = lines[index]!;
  if (DOCUMENT_MARK.test(line)) return undefined;
  const elements = elementsOf(line) ?? [];
  const last = elements[elements.length - 1];
  if (!last || last.key === undefined || column < last.column || column > last.end) return undefined;
  const steps = [...ancestors(lines, index, last.column, elements.slice(0, -1)), { key: last.key }];
  return { steps, from: start + last.column, to: start + last.end };
}

/**
 * The `kind:` of the document around `offset` (documents are separated by `---`), or undefined when there is
 * none, or when the document is a Kubernetes object (it has an `apiVersion`), which podworks passes through.
 */
export function kindAt(text: string, offset: number): string | undefined {
  const { lines, index } = linePosition(text, offset);
  let first = index;
  while (first > 0 && !DOCUMENT_MARK.test(lines[first]!)) first--;
  if (DOCUMENT_MARK.test(lines[first]!) && first !== index) first++;
  let kind: string | undefined;
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!;
    if (i > first && DOCUMENT_MARK.test(line)) break;
    if (/^apiVersion\s*:/.test(line)) return undefined;
    const match = /^kind\s*:\s*["']?([A-Za-z]+)["']?\s*(#.*)?$/.exec(line);
    if (match) kind = match[1];
  }
  return kind;
}
