/**
 * Turns a section of core's field catalogue into table rows in one language. Pure data in, pure data out,
 * so the unit test can check the rows without React and the table component only lays them out.
 */
import type { CatalogueSection, FieldDef, FieldFormat, FieldType, Lang, SectionName } from "@podworks/core";
import { section } from "@podworks/core";

export interface FieldRow {
  /** Dotted path inside the section: `updateStrategy.rollingUpdate.maxSurge`. */
  readonly name: string;
  /** Element id of the row, unique on the page: `field-daemonSet-updateStrategy.rollingUpdate.maxSurge`. */
  readonly anchor: string;
  /** How deep the field is nested (0 for a top-level field). */
  readonly depth: number;
  readonly type: FieldType;
  /** The page and anchor of the table that documents each item of an `object[]` field documented elsewhere. */
  readonly items: string | undefined;
  /** The nested object's own table on this page (a `section` of the catalogue), for `object`/`object[]` fields. */
  readonly nested: { readonly anchor: string; readonly title: string } | undefined;
  readonly required: boolean;
  /** The default in the page's language, or undefined when the field has none. */
  readonly defaultText: string | undefined;
  /** True when the default is a literal value (shown as code), false when it is explained in words. */
  readonly defaultIsValue: boolean;
  readonly constraints: readonly string[];
  /** First release where the field is on by default (beta or GA). */
  readonly since: string | undefined;
  /** Release where the field went GA; with `since` set and `ga` unset the field is beta in every release modelled. */
  readonly ga: string | undefined;
  readonly description: string;
  readonly link: string;
}

/** One reference table: a catalogue section, or a nested object's section shown once on the page. */
export interface FieldTableSection {
  readonly name: string;
  /** Element id of the table's heading (nested sections), linked from the fields that use it. */
  readonly anchor: string;
  readonly title: string;
  readonly description: string | undefined;
  readonly rows: readonly FieldRow[];
}

/** What one `<FieldTable>` shows: its section first, then every nested section it uses, each once. */
export interface FieldTableData {
  readonly section: string;
  readonly tables: readonly FieldTableSection[];
}

/** Where each section's table lives, for the links of `object[]` fields documented elsewhere. */
export const SECTION_PAGES: Record<SectionName, string> = {
  metadata: "/common-fields#metadata",
  pod: "/common-fields#pod",
  container: "/common-fields#container",
  job: "/job#fields",
  cronJob: "/cron-job#fields",
  daemonSet: "/daemon-set#fields",
  statefulSet: "/stateful-set#fields",
  volumeClaimTemplate: "/stateful-set#volume-claim-template-fields",
};

const FORMATS: Record<FieldFormat, Record<Lang, string>> = {
  "dns1123-label": { en: "DNS-1123 label", ko: "DNS-1123 레이블" },
  "dns1123-subdomain": { en: "DNS-1123 subdomain", ko: "DNS-1123 서브도메인" },
  "label-map": { en: "valid label keys and values", ko: "올바른 레이블 키와 값" },
  "annotation-map": { en: "valid annotation keys", ko: "올바른 어노테이션 키" },
  "port-name": { en: "IANA service name", ko: "IANA 서비스 이름" },
  "env-name": { en: "environment variable name", ko: "환경 변수 이름" },
  image: { en: "container image reference", ko: "컨테이너 이미지 참조" },
  cron: {
    en: "cron schedule, checked like the API server",
    ko: "API 서버와 같은 규칙으로 검사하는 크론 스케줄",
  },
  "time-zone": { en: "IANA time zone name", ko: "IANA 시간대 이름" },
  "quantity-map": { en: "resource quantities", ko: "리소스 수량" },
};

const WORDS = {
  en: {
    required: "required",
    immutable: "immutable after creation",
    oneOf: "one of",
    min: (n: number) => `≥ ${n}`,
    max: (n: number) => `≤ ${n}`,
    maxLength: (n: number) => `at most ${n} characters`,
    maxItems: (n: number) => `at most ${n} items`,
  },
  ko: {
    required: "필수",
    immutable: "생성 후 변경 불가",
    oneOf: "허용 값",
    min: (n: number) => `${n} 이상`,
    max: (n: number) => `${n} 이하`,
    maxLength: (n: number) => `최대 ${n}자`,
    maxItems: (n: number) => `최대 ${n}개`,
  },
} as const;

/** A default value written compactly, the way it would look in a YAML flow mapping. */
export function inlineValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineValue).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{ ${entries.map(([key, inner]) => `${key}: ${inlineValue(inner)}`).join(", ")} }`;
  }
  return String(value);
}

function constraintsOf(def: FieldDef, lang: Lang): string[] {
  const words = WORDS[lang];
  const out: string[] = [];
  if (def.required) out.push(words.required);
  if (def.enum) out.push(`${words.oneOf}: ${def.enum.join(", ")}`);
  if (def.minimum !== undefined) out.push(words.min(def.minimum));
  if (def.maximum !== undefined) out.push(words.max(def.maximum));
  if (def.maxLength !== undefined) out.push(words.maxLength(def.maxLength));
  if (def.maxItems !== undefined) out.push(words.maxItems(def.maxItems));
  if (def.format) out.push(FORMATS[def.format][lang]);
  if (def.immutable) out.push(words.immutable);
  for (const rule of def.rules ?? []) out.push(rule[lang]);
  return out;
}

/**
 * Every field of a catalogue section, depth first, with nested fields under dotted names. A field whose object
 * has a `section` of its own is not descended into: that section gets its own table.
 */
export function* walkFields(
  fields: Readonly<Record<string, FieldDef>>,
  prefix = "",
  depth = 0,
): Generator<{ readonly name: string; readonly depth: number; readonly def: FieldDef }> {
  for (const [key, def] of Object.entries(fields)) {
    const name = prefix === "" ? key : `${prefix}.${key}`;
    yield { name, depth, def };
    if (def.fields && !def.section) yield* walkFields(def.fields, name, depth + 1);
  }
}

/** The element id of a field's row; links elsewhere in the guide point at it. */
export function fieldAnchor(sectionName: string, name: string): string {
  return `field-${sectionName}-${name}`;
}

/** The element id of a nested section's table. */
export function sectionAnchor(sectionName: string): string {
  return `section-${sectionName}`;
}

function rowsOf(section: CatalogueSection, lang: Lang): FieldRow[] {
  return [...walkFields(section.fields)].map(({ name, depth, def }) => {
    const defaultText =
      def.default === undefined
        ? undefined
        : "value" in def.default
          ? inlineValue(def.default.value)
          : def.default.derived[lang];
    return {
      name,
      anchor: fieldAnchor(section.name, name),
      depth,
      type: def.type,
      items: def.items === undefined ? undefined : SECTION_PAGES[def.items],
      nested:
        def.section === undefined
          ? undefined
          : { anchor: sectionAnchor(def.section.name), title: def.section.title[lang] },
      required: def.required === true,
      defaultText,
      defaultIsValue: def.default !== undefined && "value" in def.default,
      constraints: constraintsOf(def, lang),
      since: def.since,
      ga: def.ga,
      description: def.description[lang],
      link: def.link,
    };
  });
}

export function fieldRows(sectionName: SectionName, lang: Lang): FieldRow[] {
  return rowsOf(section(sectionName), lang);
}

/** The nested sections a section's fields use, depth first, each once (by name), skipping those in `seen`. */
export function nestedSections(root: CatalogueSection, seen: Set<string> = new Set()): CatalogueSection[] {
  const out: CatalogueSection[] = [];
  const visit = (fields: Readonly<Record<string, FieldDef>>) => {
    for (const { def } of walkFields(fields)) {
      const nested = def.section;
      if (!nested || seen.has(nested.name)) continue;
      seen.add(nested.name);
      out.push(nested);
      visit(nested.fields);
    }
  };
  seen.add(root.name);
  visit(root.fields);
  return out;
}

/**
 * A section's table and the tables of the nested sections it uses. `seen` carries the sections already shown
 * on the page, so a section used by two tables on one page (the probes of a container) is shown once.
 */
export function fieldTable(
  sectionName: SectionName,
  lang: Lang,
  seen: Set<string> = new Set(),
  root: CatalogueSection = section(sectionName),
): FieldTableData {
  const table = (s: CatalogueSection): FieldTableSection => ({
    name: s.name,
    anchor: sectionAnchor(s.name),
    title: s.title[lang],
    description: s.description?.[lang],
    rows: rowsOf(s, lang),
  });
  return { section: root.name, tables: [root, ...nestedSections(root, seen)].map(table) };
}

export { codeSpans } from "./code-spans";
