/**
 * Reading spec files: YAML (one spec or Kubernetes object per document) or JSON (one, or an array).
 * Every document keeps its source positions, so an issue found later can name the line and column of the
 * offending value (or of its nearest parent when the value is missing). Syntax errors become issues with their
 * own position, in both languages, like any other problem.
 *
 * Published as its own entry, `@podworks/core/parse`, and not re-exported from the main entry: the `yaml`
 * package is an optional peer dependency of core, so only programs that parse spec files install it. Without it,
 * importing this entry fails with Node's "Cannot find package 'yaml'", and the main entry works as before.
 * Why `yaml` and not js-yaml: docs/decisions/0007-yaml-positions.md.
 *
 * @packageDocumentation
 */
import {
  type ErrorCode,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseAllDocuments,
  YAMLError,
} from "yaml";
import type { ValidationIssue } from "./issues.js";

/** A place in the source text; both numbers start at 1, columns count UTF-16 code units like editors do. */
export interface SourcePosition {
  /** The line, from 1. */
  readonly line: number;
  /** The column, from 1, in UTF-16 code units. */
  readonly column: number;
}

/** One spec or Kubernetes object of a file, with a way back to its source. */
export interface ParsedDocument {
  /** The value as read: a podworks spec, a Kubernetes object, or anything else (validation says what is wrong). */
  readonly value: unknown;
  /** The YAML document it came from, counted from 1 (a JSON array's elements share their document). */
  readonly document: number;
  /** Where the document (or the array element) starts. */
  readonly position: SourcePosition;
  /**
   * Where the value at `path` is, in podworks' path syntax (`containers[0].resources.limits.cpu`, relative to
   * this value). A path that leads nowhere (a missing field) gives the position of its deepest existing parent.
   */
  locate(path: string): SourcePosition;
}

/** A syntax problem: an issue (path `""`, rule `yaml.*`) with the position the parser stopped at. */
export interface SyntaxIssue extends ValidationIssue {
  /** The line the parser stopped at, from 1. */
  readonly line: number;
  /** The column the parser stopped at, from 1. */
  readonly column: number;
}

/** What `parseSpecs` returns: the values of a file, their positions, and its syntax problems. */
export interface ParsedSpecs {
  /** The values that parsed, in order (`documents[i].value`); each still needs validating. */
  readonly specs: readonly unknown[];
  /** The same values, with their document number and positions. */
  readonly documents: readonly ParsedDocument[];
  /** Syntax problems; when there are any, `specs` and `documents` are empty so nothing is half-used. */
  readonly issues: readonly SyntaxIssue[];
}

/**
 * What each `yaml` error code means, in both languages. Every code is worded (a new code in a `yaml` release fails
 * to compile here), so a Korean reader never meets the parser's English sentence inside a Korean message; the English
 * message keeps it in parentheses, since it names the token the parser stopped at.
 */
const SYNTAX_WORDS: Readonly<Record<ErrorCode, { en: string; ko: string }>> = {
  ALIAS_PROPS: {
    en: "an alias cannot have a tag or anchor",
    ko: "별칭(alias)에는 태그나 앵커를 붙일 수 없다",
  },
  BAD_ALIAS: {
    en: "an alias names no anchor defined before it",
    ko: "별칭(alias)이 가리키는 앵커가 그 앞에 정의되어 있지 않다",
  },
  BAD_COLLECTION_TYPE: {
    en: "the tag does not fit the kind of collection it is on",
    ko: "태그가 붙은 컬렉션의 종류와 맞지 않는다",
  },
  BAD_DIRECTIVE: {
    en: "a %YAML or %TAG directive is malformed",
    ko: "%YAML이나 %TAG 지시어의 형식이 틀렸다",
  },
  BAD_DQ_ESCAPE: {
    en: "a double-quoted string holds an unknown escape",
    ko: "큰따옴표 문자열에 알 수 없는 이스케이프가 있다",
  },
  BAD_INDENT: { en: "the indentation is wrong", ko: "들여쓰기가 맞지 않는다" },
  BAD_PROP_ORDER: {
    en: "an anchor or tag is not where YAML allows it",
    ko: "앵커나 태그가 YAML이 허용하지 않는 위치에 있다",
  },
  BAD_SCALAR_START: {
    en: "a plain value cannot start with this character (quote the value)",
    ko: "따옴표 없는 값은 이 문자로 시작할 수 없다(값을 따옴표로 감싼다)",
  },
  BLOCK_AS_IMPLICIT_KEY: {
    en: "a mapping cannot go on in the line of its key (often `a: b: c` or wrong indentation)",
    ko: "키와 같은 줄에서 매핑을 이어 쓸 수 없다(`a: b: c`처럼 썼거나 들여쓰기가 틀린 경우가 많다)",
  },
  BLOCK_IN_FLOW: {
    en: "a block collection is written inside a flow collection ([ ] or { })",
    ko: "플로(flow) 컬렉션([ ]이나 { }) 안에 블록 컬렉션이 있다",
  },
  DUPLICATE_KEY: { en: "a key appears twice in the same mapping", ko: "같은 매핑에 같은 키가 두 번 있다" },
  IMPOSSIBLE: {
    en: "the parser reached a state it does not expect",
    ko: "파서가 예상하지 못한 상태에 이르렀다",
  },
  KEY_OVER_1024_CHARS: {
    en: "a key without a question mark is longer than 1024 characters",
    ko: "물음표 없이 쓴 키가 1024자를 넘는다",
  },
  MISSING_CHAR: {
    en: "a character is missing (a closing quote or bracket, or the `-` before a list item)",
    ko: "필요한 문자가 빠졌다(닫는 따옴표나 괄호, 목록 항목 앞의 `-`)",
  },
  MULTILINE_IMPLICIT_KEY: {
    en: "a key runs over several lines (often a missing colon or wrong indentation)",
    ko: "키가 여러 줄에 걸쳐 있다(콜론이 빠졌거나 들여쓰기가 틀린 경우가 많다)",
  },
  MULTIPLE_ANCHORS: { en: "a value has more than one anchor", ko: "값 하나에 앵커가 둘 이상 있다" },
  MULTIPLE_DOCS: {
    en: "the text holds several documents where one is expected",
    ko: "문서 하나가 와야 할 곳에 문서가 여럿 있다",
  },
  MULTIPLE_TAGS: { en: "a value has more than one tag", ko: "값 하나에 태그가 둘 이상 있다" },
  NON_STRING_KEY: { en: "a key is not a string", ko: "키가 문자열이 아니다" },
  RESOURCE_EXHAUSTION: {
    en: "aliases expand to too much data",
    ko: "별칭(alias)을 펼친 데이터가 너무 크다",
  },
  TAB_AS_INDENT: { en: "a tab is used for indentation", ko: "들여쓰기에 탭을 썼다" },
  TAG_RESOLVE_FAILED: {
    en: "the value cannot be read as the type its tag names",
    ko: "값을 태그가 가리키는 타입으로 읽을 수 없다",
  },
  UNEXPECTED_TOKEN: {
    en: "something stands where YAML expects none (often a stray character or wrong indentation)",
    ko: "YAML이 예상하지 않은 위치에 내용이 있다(잘못 들어간 문자나 틀린 들여쓰기인 경우가 많다)",
  },
};

function syntaxIssue(reason: string, code: ErrorCode, position: SourcePosition): SyntaxIssue {
  const { line, column } = position;
  const words = SYNTAX_WORDS[code];
  const en = `${words.en} (${reason})`;
  const ko = words.ko;
  return {
    path: "",
    value: undefined,
    rule: "yaml.syntax",
    severity: "error",
    line,
    column,
    message: {
      en: `the file is not valid YAML or JSON at line ${line}, column ${column}: ${en}`,
      ko: `파일이 ${line}행 ${column}열에서 올바른 YAML이나 JSON이 아니다: ${ko}`,
    },
    fix: {
      en: "fix the syntax at that place (indentation, a missing colon or quote)",
      ko: "그 위치의 문법(들여쓰기, 빠진 콜론이나 따옴표)을 고친다",
    },
  };
}

/** The first step of a path: a key (possibly with dots, matched against the mapping's keys) or an index. */
function stepInto(node: Node, path: string): { node: Node; rest: string } | undefined {
  if (isSeq(node)) {
    const match = /^\[(\d+)\]/.exec(path);
    if (!match) return undefined;
    const item = node.items[Number(match[1])];
    return item && typeof item === "object"
      ? { node: item as Node, rest: path.slice(match[0].length) }
      : undefined;
  }
  if (!isMap(node)) return undefined;
  const key = path.startsWith(".") ? path.slice(1) : path;
  // Keys may hold dots (`app.kubernetes.io/name`): the longest key that the path starts with wins.
  let best: { node: Node; rest: string; length: number } | undefined;
  for (const pair of node.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (name === undefined || !key.startsWith(name)) continue;
    const next = key.charAt(name.length);
    if (next !== "" && next !== "." && next !== "[") continue;
    if (best && best.length >= name.length) continue;
    // A key with no value (`name:`) is found at the key itself.
    const target = (pair.value ?? pair.key) as Node;
    best = { node: target, rest: key.slice(name.length), length: name.length };
  }
  return best && { node: best.node, rest: best.rest };
}

/** Parses YAML or JSON text holding podworks specs and Kubernetes objects. Never throws. */
export function parseSpecs(text: string): ParsedSpecs {
  const lineCounter = new LineCounter();
  // The core schema (YAML 1.2) keeps `yes`/`no` as strings; JSON is read by the same parser.
  const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // An empty stream (no document at all) is an array too, with its own `errors`.
  const streams = [...parsed];
  const positionOf = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const errors = [...("empty" in parsed ? parsed.errors : []), ...streams.flatMap((doc) => doc.errors)];
  if (errors.length > 0) {
    return {
      specs: [],
      documents: [],
      issues: errors.map((error: YAMLError) =>
        syntaxIssue(error.message, error.code, positionOf(error.pos[0])),
      ),
    };
  }

  const documents: ParsedDocument[] = [];
  const issues: SyntaxIssue[] = [];
  streams.forEach((doc, index) => {
    const root = doc.contents;
    if (root === null) return; // an empty document (comments only, or a trailing `---`)
    let value: unknown;
    try {
      // Aliases are expanded with the parser's limit, so a "billion laughs" file is an error, not a hang.
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      const code = error instanceof YAMLError ? error.code : "RESOURCE_EXHAUSTION";
      const reason = error instanceof Error ? error.message : String(error);
      issues.push(syntaxIssue(reason, code, positionOf(root.range?.[0] ?? 0)));
      return;
    }
    if (value === null || value === undefined) return;
    const start = (node: Node) => positionOf(node.range?.[0] ?? 0);
    const locator = (base: Node) => (path: string) => {
      let node = base;
      let rest = path;
      while (rest !== "") {
        const next = stepInto(node, rest);
        if (!next) break;
        node = next.node;
        rest = next.rest;
      }
      return start(node);
    };
    if (Array.isArray(value) && isSeq(root)) {
      value.forEach((item, itemIndex) => {
        const node = root.items[itemIndex] as Node;
        documents.push({ value: item, document: index + 1, position: start(node), locate: locator(node) });
      });
    } else {
      documents.push({ value, document: index + 1, position: start(root), locate: locator(root) });
    }
  });
  if (issues.length > 0) return { specs: [], documents: [], issues };
  return { specs: documents.map((document) => document.value), documents, issues: [] };
}
