/**
 * The generic half of validation: checks a spec object against catalogue entries (type, required,
 * enum, bounds, length, format, version gate) and flags unknown fields. Rules that involve several
 * fields live with their kind.
 */
import type { FieldDef, FieldFormat } from "./catalogue.js";
import { at, type Checker, isRecord } from "./context.js";
import { checkSchedule, checkTimeZone } from "./cron.js";
import {
  checkAnnotationKey,
  checkDns1123Label,
  checkDns1123Subdomain,
  checkEnvVarName,
  checkImage,
  checkIntOrPercent,
  checkLabelKey,
  checkLabelValue,
  checkPortName,
  type FormatProblem,
} from "./formats.js";
import { josa, type Text } from "./i18n.js";
import { POD_FIELDS_NOT_MODELLED } from "./pod/not-modelled.js";
import { checkNonNegativeQuantity } from "./quantity.js";
import { isAvailable, type KubernetesVersion, supports } from "./version.js";

const TYPE_NAMES: Record<FieldDef["type"], Text> = {
  string: { en: "a string", ko: "문자열" },
  integer: { en: "an integer", ko: "정수" },
  boolean: { en: "true or false", ko: "true 또는 false" },
  "string[]": { en: "a list of strings", ko: "문자열 목록" },
  map: { en: "a map of string keys to string values", ko: "문자열 키와 문자열 값의 맵" },
  object: { en: "an object", ko: "객체" },
  "object[]": { en: "a list of objects", ko: "객체 목록" },
  quantity: { en: 'a quantity such as "100m" or "1Gi"', ko: '"100m"이나 "1Gi" 같은 수량' },
  "int-or-percent": { en: 'an integer or a percentage such as "25%"', ko: '정수 또는 "25%" 같은 백분율' },
  "int-or-string": { en: "an integer or a string", ko: "정수 또는 문자열" },
  "integer[]": { en: "a list of integers", ko: "정수 목록" },
};

const MAX_INT32 = 2147483647;

function checkMapKeys(
  checker: Checker,
  path: string,
  map: Record<string, unknown>,
  checkKey: (key: string) => FormatProblem | undefined,
  checkValue?: (value: string) => FormatProblem | undefined,
): void {
  for (const [key, value] of Object.entries(map)) {
    const keyProblem = checkKey(key);
    if (keyProblem) checker.report(at(path, key), key, keyProblem.rule, keyProblem.message, keyProblem.fix);
    const valueProblem = checkValue && typeof value === "string" ? checkValue(value) : undefined;
    if (valueProblem) {
      checker.report(at(path, key), value, valueProblem.rule, valueProblem.message, valueProblem.fix);
    }
  }
}

const STRING_FORMATS: Partial<Record<FieldFormat, (value: string) => FormatProblem | undefined>> = {
  "dns1123-label": checkDns1123Label,
  "dns1123-subdomain": checkDns1123Subdomain,
  "port-name": checkPortName,
  "env-name": checkEnvVarName,
  image: checkImage,
  cron: checkSchedule,
  "time-zone": checkTimeZone,
};

function checkFormat(checker: Checker, path: string, value: unknown, def: FieldDef): void {
  if (def.type === "quantity") {
    // checkNonNegativeQuantity reports what checkQuantity would for a malformed value: one scan is enough.
    const problem = checkNonNegativeQuantity(value);
    if (problem) checker.report(path, value, problem.rule, problem.message, problem.fix);
    return;
  }
  if (def.type === "int-or-percent") {
    const problem = checkIntOrPercent(value as number | string);
    if (problem) checker.report(path, value, problem.rule, problem.message, problem.fix);
    return;
  }
  if (!def.format) return;
  if (def.format === "label-map") {
    checkMapKeys(checker, path, value as Record<string, unknown>, checkLabelKey, checkLabelValue);
    return;
  }
  if (def.format === "annotation-map") {
    checkMapKeys(checker, path, value as Record<string, unknown>, checkAnnotationKey);
    return;
  }
  const check = STRING_FORMATS[def.format];
  if (check && typeof value === "string") {
    const problem = check(value);
    if (problem) checker.report(path, value, problem.rule, problem.message, problem.fix);
  }
}

/** Levenshtein distance, for "did you mean" hints on unknown fields. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(
        row[j]! + 1,
        row[j - 1]! + 1,
        previous + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1),
      );
      previous = current;
    }
  }
  return row[b.length]!;
}

export function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

const MANIFEST_KEYS = new Set(["apiVersion", "metadata", "spec"]);

function reportUnknown(
  checker: Checker,
  path: string,
  key: string,
  value: unknown,
  known: readonly string[],
) {
  if (MANIFEST_KEYS.has(key) && path === "") {
    checker.report(
      key,
      value,
      "unknown-field",
      {
        en: `"${key}" is a Kubernetes manifest field; a podworks spec is flat`,
        ko: `"${key}"라는 필드는 쿠버네티스 매니페스트에서 쓰는 필드다. podworks 스펙은 평평한 구조를 쓴다`,
      },
      {
        en: "write `kind`, `name` and the workload's fields at the top level, e.g. `name` instead of `metadata.name` and `containers` instead of `spec.template.spec.containers`",
        ko: "`kind`, `name`과 워크로드 필드를 최상위에 적는다. 예를 들어 `metadata.name` 대신 `name`, `spec.template.spec.containers` 대신 `containers`를 쓴다",
      },
    );
    return;
  }
  const notModelled = path === "" ? POD_FIELDS_NOT_MODELLED[key] : undefined;
  if (notModelled && Object.hasOwn(POD_FIELDS_NOT_MODELLED, key)) {
    checker.report(at(path, key), value, "unknown-field", notModelled, {
      en: `remove "${key}"; the field reference explains the alternatives: ${FIELD_REFERENCE}`,
      ko: `"${key}" 필드를 지운다. 대안은 필드 레퍼런스(${FIELD_REFERENCE})에 있다`,
    });
    return;
  }
  const guess = closest(key, known);
  checker.report(
    at(path, key),
    value,
    "unknown-field",
    { en: `unknown field "${key}"`, ko: `알 수 없는 필드 "${key}"` },
    guess
      ? { en: `did you mean "${guess}"?`, ko: `"${guess}"라는 필드를 쓰려던 것인지 확인한다` }
      : known.length <= LISTED_FIELDS
        ? {
            en: `remove it; the fields here are: ${known.join(", ")}`,
            ko: `이 필드를 지운다. 여기서 쓸 수 있는 필드는 ${josa(known.join(", "), "이다/다")}`,
          }
        : {
            en: `remove it, or look the field up in the field reference: ${FIELD_REFERENCE}`,
            ko: `이 필드를 지우거나 필드 레퍼런스(${FIELD_REFERENCE})에서 쓸 수 있는 필드를 찾는다`,
          },
  );
}

/** An object with more fields than this gets a pointer to the docs instead of a list of every field. */
const LISTED_FIELDS = 8;
/** The docs' field tables, built from this catalogue. */
export const FIELD_REFERENCE = "https://podworks.dev/common-fields";

type Resolve = (section: NonNullable<FieldDef["items"]>) => Readonly<Record<string, FieldDef>>;

/** What the version policy says about one field on one target (see `checkVersionGate`). */
const GATE_OK = 0;
const GATE_BETA = 1;
const GATE_UNAVAILABLE = 2;
const GATE_TOO_OLD = 3;

/**
 * One catalogue entry, compiled once: the checks that can apply to it decided up front, so that the walk over a
 * valid spec (the common case) only tests the value's type and the few rules the entry really has. Field paths
 * are built only when something is reported or a nested object needs one.
 */
class CompiledField {
  readonly key: string;
  readonly def: FieldDef;
  readonly required: boolean;
  /** `null` stands for "leave the podworks default out" on fields that have one. */
  readonly nullMeansDefault: boolean;
  readonly typeOk: (value: unknown) => boolean;
  readonly gated: boolean;
  readonly enumValues: ReadonlySet<unknown> | undefined;
  /** minimum, maximum, maxLength, maxItems or a format apply */
  readonly bounded: boolean;
  readonly hasFormat: boolean;
  readonly nested: boolean;
  /** The gate's answer for the last target version asked (a process validates against one target at a time). */
  private gateVersion: string | undefined = undefined;
  private gateAnswer = GATE_OK;
  private nestedFields: CompiledFields | undefined = undefined;

  constructor(key: string, def: FieldDef) {
    this.key = key;
    this.def = def;
    this.required = def.required === true;
    this.nullMeansDefault = def.default !== undefined;
    this.typeOk = typeTest(def);
    this.gated = def.availability !== undefined || def.since !== undefined;
    this.enumValues = def.enum ? new Set<unknown>(def.enum) : undefined;
    this.bounded =
      def.minimum !== undefined ||
      def.maximum !== undefined ||
      def.maxLength !== undefined ||
      def.maxItems !== undefined;
    this.hasFormat =
      def.type === "quantity" ||
      def.type === "int-or-percent" ||
      def.format === "label-map" ||
      def.format === "annotation-map" ||
      (def.format !== undefined && STRING_FORMATS[def.format] !== undefined);
    this.nested = (def.section?.fields ?? def.items ?? def.fields) !== undefined;
  }

  gate(target: string): number {
    if (this.gateVersion === target) return this.gateAnswer;
    const def = this.def;
    let answer = GATE_OK;
    if (def.availability && !isAvailable(target as KubernetesVersion, def.availability))
      answer = GATE_UNAVAILABLE;
    else if (def.since && !supports(target as KubernetesVersion, def.since)) answer = GATE_TOO_OLD;
    else if (def.since && (def.ga === undefined || !supports(target as KubernetesVersion, def.ga)))
      answer = GATE_BETA;
    this.gateVersion = target;
    this.gateAnswer = answer;
    return answer;
  }

  nestedOf(resolve: Resolve): CompiledFields {
    if (this.nestedFields === undefined) {
      const def = this.def;
      // Section references are fixed: the catalogue resolves each name to one set of fields.
      const fields = def.section?.fields ?? (def.items ? resolve(def.items) : def.fields);
      this.nestedFields = compiledFields(fields!);
    }
    return this.nestedFields;
  }
}

/** A set of catalogue fields, compiled: lookup by key, the required ones, the names for "did you mean". */
interface CompiledFields {
  readonly byKey: ReadonlyMap<string, CompiledField>;
  readonly required: readonly CompiledField[];
  readonly known: readonly string[];
}

/** Compiled per catalogue object; the catalogue sections are fixed objects, so each is compiled once. */
const COMPILED = new WeakMap<object, CompiledFields>();

function compiledFields(fields: Readonly<Record<string, FieldDef>>): CompiledFields {
  let compiled = COMPILED.get(fields);
  if (compiled === undefined) {
    const byKey = new Map<string, CompiledField>();
    const required: CompiledField[] = [];
    for (const key of Object.keys(fields)) {
      const field = new CompiledField(key, fields[key]!);
      byKey.set(key, field);
      if (field.required) required.push(field);
    }
    compiled = { byKey, required, known: Object.keys(fields) };
    COMPILED.set(fields, compiled);
  }
  return compiled;
}

const isString = (value: unknown) => typeof value === "string";
const isBoolean = (value: unknown) => typeof value === "boolean";
const isInt32 = (value: unknown) =>
  typeof value === "number" && Number.isInteger(value) && Math.abs(value) <= MAX_INT32;
// A field with its own bounds (an int64 such as runAsUser) reports them as minimum/maximum instead.
const isSafeInteger = (value: unknown) =>
  typeof value === "number" && Number.isInteger(value) && Number.isSafeInteger(value);
const isQuantityType = (value: unknown) => typeof value === "string" || typeof value === "number";
const isIntOrString = (value: unknown) =>
  typeof value === "string" || (typeof value === "number" && Number.isInteger(value));

// The list tests skip holes of a sparse array, as `every` does (`i in value` only runs on a mismatch).
function isStringList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== "string" && i in value) return false;
  return true;
}

function isIntegerList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!isInt32(value[i]) && i in value) return false;
  return true;
}

function isStringMap(value: unknown): boolean {
  if (!isRecord(value)) return false;
  for (const key in value) if (Object.hasOwn(value, key) && typeof value[key] !== "string") return false;
  return true;
}

function isRecordList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!isRecord(value[i]) && i in value) return false;
  return true;
}

function typeTest(def: FieldDef): (value: unknown) => boolean {
  switch (def.type) {
    case "string":
      return isString;
    case "integer":
      return def.maximum !== undefined ? isSafeInteger : isInt32;
    case "boolean":
      return isBoolean;
    case "string[]":
      return isStringList;
    case "map":
      return isStringMap;
    case "object":
      return isRecord;
    case "object[]":
      return isRecordList;
    case "quantity":
      return isQuantityType;
    case "int-or-percent":
    case "int-or-string":
      return isIntOrString;
    case "integer[]":
      return isIntegerList;
  }
}

/**
 * Checks `value` (an object) against `fields`. `resolve` turns `items` references of object arrays into their
 * sections' fields. Returns nothing; problems go to the checker.
 */
export function checkFields(
  checker: Checker,
  path: string,
  value: Record<string, unknown>,
  fields: Readonly<Record<string, FieldDef>>,
  resolve: Resolve,
  ignore: ReadonlySet<string> = EMPTY,
): void {
  walk(checker, path, value, compiledFields(fields), resolve, ignore);
}

const EMPTY: ReadonlySet<string> = new Set();

function walk(
  checker: Checker,
  path: string,
  value: Record<string, unknown>,
  compiled: CompiledFields,
  resolve: Resolve,
  ignore: ReadonlySet<string>,
): void {
  // Walk the keys the object has (a few) rather than every field the catalogue knows (dozens on a pod): the hot
  // path. Issues come out in the object's own order, which is the file's order for parsed specs.
  const byKey = compiled.byKey;
  for (const key in value) {
    const field = byKey.get(key);
    if (field === undefined) {
      if (!ignore.has(key)) reportUnknown(checker, path, key, value[key], compiled.known);
      continue;
    }
    const item = value[key];
    // An absent optional field has nothing to check; `null` on a field with a podworks default means "leave the
    // default out": nothing to check either.
    if (item === undefined || (item === null && field.nullMeansDefault)) {
      if (field.required) checkValue(checker, path, field, item, resolve);
      continue;
    }
    checkValue(checker, path, field, item, resolve);
  }
  const required = compiled.required;
  for (let i = 0; i < required.length; i++) {
    const field = required[i]!;
    if (value[field.key] === undefined && !Object.hasOwn(value, field.key))
      checkValue(checker, path, field, undefined, resolve);
  }
}

/** One field's value, at `at(base, field.key)`. */
function checkValue(
  checker: Checker,
  base: string,
  field: CompiledField,
  value: unknown,
  resolve: Resolve,
): void {
  if (value === undefined) {
    if (field.required) {
      checker.report(
        at(base, field.key),
        value,
        "required",
        { en: "is required", ko: "반드시 지정해야 하는 필드다" },
        { en: `set \`${field.key}\``, ko: `\`${field.key}\` 값을 지정한다` },
      );
    }
    return;
  }
  if (!field.typeOk(value)) {
    // A list of objects with something else in it: each stray item is reported at its own index (by the loop over
    // the items below when the objects have a section), and the objects are still checked, at their own indexes.
    if (field.def.type !== "object[]" || !Array.isArray(value)) {
      reportType(checker, at(base, field.key), value, field.def);
      return;
    }
    if (!field.nested) {
      const path = at(base, field.key);
      for (let index = 0; index < value.length; index++) {
        if (!isRecord(value[index]) && index in value)
          reportStrayItem(checker, at(path, index), value[index]);
      }
    }
  }
  if (field.gated) {
    const answer = field.gate(checker.version);
    if (answer !== GATE_OK) reportGate(checker, at(base, field.key), value, field.def, answer);
  }
  if (field.enumValues !== undefined && !field.enumValues.has(value))
    reportEnum(checker, at(base, field.key), value, field.def);
  if (field.bounded) checkBounds(checker, at(base, field.key), value, field.def);
  if (field.hasFormat) checkFormat(checker, at(base, field.key), value, field.def);
  if (field.nested) {
    const path = at(base, field.key);
    const nested = field.nestedOf(resolve);
    const check = field.def.section?.check;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        // Holes of a sparse array are skipped; any other item that is not an object is reported where it is.
        if (!isRecord(item)) {
          if (index in value) reportStrayItem(checker, at(path, index), item);
          continue;
        }
        const itemPath = at(path, index);
        walk(checker, itemPath, item, nested, resolve, EMPTY);
        if (check) check(checker, itemPath, item);
      }
    } else if (isRecord(value)) {
      walk(checker, path, value, nested, resolve, EMPTY);
      if (check) check(checker, path, value);
    }
  }
}

/** An item of an `object[]` list that is not an object. */
function reportStrayItem(checker: Checker, path: string, item: unknown): void {
  checker.report(
    path,
    item,
    "type",
    { en: "must be an object (an item of a list of objects)", ko: "객체 목록의 항목이므로 객체여야 한다" },
    { en: "write this item as an object, or remove it", ko: "이 항목을 객체로 적거나 지운다" },
  );
}

function reportType(checker: Checker, path: string, value: unknown, def: FieldDef): void {
  const type = TYPE_NAMES[def.type];
  checker.report(
    path,
    value,
    "type",
    { en: `must be ${type.en}`, ko: `${josa(type.ko, "이어야/여야")} 한다` },
    { en: `write ${type.en} here`, ko: `이 자리에 ${josa(type.ko, "을/를")} 적는다` },
  );
}

function reportEnum(checker: Checker, path: string, value: unknown, def: FieldDef): void {
  const values = def.enum!;
  const list = values.join(", ");
  const guess = typeof value === "string" ? closest(value, values) : undefined;
  checker.report(
    path,
    value,
    "enum",
    { en: `must be one of ${list}`, ko: `${list} 중 하나여야 한다` },
    guess
      ? { en: `use "${guess}"`, ko: `"${guess}"라는 값을 쓴다` }
      : { en: `use one of ${list}`, ko: `${list} 중 하나를 쓴다` },
  );
}

function checkBounds(checker: Checker, path: string, value: unknown, def: FieldDef): void {
  if (typeof value === "number") {
    if (def.minimum !== undefined && value < def.minimum) {
      checker.report(
        path,
        value,
        "minimum",
        { en: `must be at least ${def.minimum}`, ko: `${def.minimum} 이상이어야 한다` },
        { en: `use ${def.minimum} or more`, ko: `${def.minimum} 이상의 값을 쓴다` },
      );
    }
    if (def.maximum !== undefined && value > def.maximum) {
      checker.report(
        path,
        value,
        "maximum",
        { en: `must be at most ${def.maximum}`, ko: `${def.maximum} 이하여야 한다` },
        { en: `use ${def.maximum} or less`, ko: `${def.maximum} 이하의 값을 쓴다` },
      );
    }
  }
  if (typeof value === "string" && def.maxLength !== undefined && value.length > def.maxLength) {
    checker.report(
      path,
      value,
      "max-length",
      {
        en: `is ${value.length} characters long; at most ${def.maxLength} are allowed`,
        ko: `길이가 ${value.length}자인데 최대 ${def.maxLength}자까지 쓸 수 있다`,
      },
      {
        en: `shorten it to ${def.maxLength} characters or fewer`,
        ko: `${def.maxLength}자 이하로 줄인다`,
      },
    );
  }
  if (Array.isArray(value) && def.maxItems !== undefined && value.length > def.maxItems) {
    checker.report(
      path,
      value,
      "max-items",
      {
        en: `has ${value.length} entries; at most ${def.maxItems} are allowed`,
        ko: `항목이 ${value.length}개인데 최대 ${def.maxItems}개까지 쓸 수 있다`,
      },
      { en: `keep ${def.maxItems} entries or fewer`, ko: `항목을 ${def.maxItems}개 이하로 줄인다` },
    );
  }
}

/**
 * The version policy, in one place: refused before `since` (or outside `availability`), a warning while the field
 * is beta in the target (from `since` until `ga`), silent from `ga` on. `answer` is `CompiledField.gate`'s.
 */
function reportGate(checker: Checker, path: string, value: unknown, def: FieldDef, answer: number): void {
  const target = checker.version;
  if (answer === GATE_UNAVAILABLE) {
    checker.report(
      path,
      value,
      "since",
      {
        en: `is not available on Kubernetes ${target}: ${def.availability!.note.en}`,
        ko: `쿠버네티스 ${target}에서는 쓸 수 없다. ${def.availability!.note.ko}`,
      },
      {
        en: "remove the field, or set kubernetesVersion to a release (with its patch) that enables it",
        ko: "필드를 지우거나, 이 필드가 켜진 릴리스(패치 버전까지)로 kubernetesVersion을 지정한다",
      },
    );
    return;
  }
  if (answer === GATE_TOO_OLD) {
    checker.report(
      path,
      value,
      "since",
      {
        en: `needs Kubernetes ${def.since} or later, but the target is ${target}`,
        ko: `쿠버네티스 ${def.since} 이상이 필요한데 대상 버전이 ${josa(target, "이다/다")}`,
      },
      {
        en: `remove the field, or set kubernetesVersion to ${def.since} or later if the cluster runs it`,
        ko: `필드를 지우거나, 클러스터가 ${def.since} 이상이라면 kubernetesVersion을 그에 맞게 올린다`,
      },
    );
    return;
  }
  const until = def.ga
    ? { en: `; GA from ${def.ga}`, ko: `, ${def.ga}부터 GA다` }
    : { en: "; not GA yet", ko: ", 아직 GA가 아니다" };
  checker.warn(
    path,
    value,
    "beta",
    {
      en: `is beta in Kubernetes ${target} (on by default since ${def.since}${until.en})`,
      ko: `쿠버네티스 ${target}에서는 베타 기능이다(${def.since}부터 기본으로 켜져 있음${until.ko})`,
    },
    {
      en: "nothing to do if the cluster keeps its default feature gates; a managed cluster may turn beta features off",
      ko: "클러스터가 기본 기능 게이트를 그대로 쓴다면 할 일은 없다. 관리형 클러스터는 베타 기능을 끌 수 있다",
    },
  );
}
