/**
 * CronJob schedules and time zones, checked the way the Kubernetes API server checks them.
 *
 * Kubernetes parses `.spec.schedule` with robfig/cron v3.0.1 `cron.ParseStandard` and refuses any schedule
 * that contains `TZ` (the zone belongs in `.spec.timeZone`). `.spec.timeZone` must be a name Go's
 * `time.LoadLocation` knows, written with its exact case, and must not be `Local`. This module re-creates those
 * rules without Go and without Node APIs (it also runs in a browser):
 *
 * - `checkSchedule` and `checkTimeZone` accept exactly what the API server accepts (see
 *   docs/decisions/0003-cron-parsing.md for the few places where that depends on the cluster).
 * - `nextRuns` repeats robfig's own `Next` search, so run times in a daylight-saving gap or overlap, and
 *   schedules that can never run (`0 0 30 2 *`), come out as the CronJob controller sees them.
 * - `describeSchedule` uses cronstrue for English and builds the Korean text here.
 */
import cronstrue from "cronstrue";
import { josa, type Lang, type Text } from "./i18n.js";

/** A problem with a schedule or a time zone, found by `checkSchedule` or `checkTimeZone`, in English and Korean. */
export interface CronProblem {
  /** The rule that found it: `cron.*` for the schedule, `timezone.*` for the time zone. */
  readonly rule:
    | "cron.syntax"
    | "cron.tz-in-schedule"
    | "cron.range"
    | "cron.fields"
    | "cron.step"
    | "cron.unsupported"
    | "timezone.local"
    | "timezone.unknown"
    | "timezone.case";
  /** What is wrong. */
  readonly message: Text;
  /** How to fix it. */
  readonly fix: Text;
}

/** What `explainSchedule` returns: the schedule, its description in words and its next runs. */
export interface ScheduleExplanation {
  /** The schedule as given. */
  readonly schedule: string;
  /** The time zone the runs are computed in (`UTC` when none was given). */
  readonly timeZone: string;
  /** The schedule in words, in the language asked for. */
  readonly description: string;
  /**
   * The next runs: each as an ISO 8601 instant in UTC (`iso`) and as the wall-clock time in the time zone (`local`).
   */
  readonly nextRuns: readonly { readonly iso: string; readonly local: string }[];
}

type Rule = CronProblem["rule"];

function problem(rule: Rule, message: Text, fix: Text): CronProblem {
  return { rule, message, fix };
}

// ---------------------------------------------------------------------------------------------------------
// Korean particles: the particle after a value depends on whether its reading ends in a consonant.
// ---------------------------------------------------------------------------------------------------------

/** Readings of 0-9 (영 일 이 삼 사 오 육 칠 팔 구): true where the reading ends in a consonant. */
const DIGIT_HAS_FINAL = [true, true, false, true, false, false, true, true, true, false];

/** Whether the Korean reading of `word` ends in a consonant, judged by its last letter, digit or syllable. */
function endsInConsonant(word: string): boolean {
  for (let i = word.length - 1; i >= 0; i--) {
    const char = word[i] ?? "";
    const code = char.charCodeAt(0);
    if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 !== 0;
    if (char >= "0" && char <= "9") return DIGIT_HAS_FINAL[code - 48] === true;
    // Letter names as read in Korean: 엘, 엠, 엔 and 알 end in a consonant.
    if (/[a-z]/i.test(char)) return /[lmnr]/i.test(char);
  }
  return false;
}

/** `word` followed by the right form of a particle: 이/가, 을/를 or 은/는. */
function withParticle(word: string, particle: "이" | "을" | "은"): string {
  const consonant = endsInConsonant(word);
  switch (particle) {
    case "이":
      return word + (consonant ? "이" : "가");
    case "을":
      return word + (consonant ? "을" : "를");
    case "은":
      return word + (consonant ? "은" : "는");
  }
}

// ---------------------------------------------------------------------------------------------------------
// Fields
// ---------------------------------------------------------------------------------------------------------

interface FieldInfo {
  readonly en: string;
  readonly ko: string;
  readonly min: number;
  readonly max: number;
  /** Lower-case names robfig accepts in this field, with their values. */
  readonly names?: ReadonlyMap<string, number>;
}

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEEKDAY_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

const MINUTE: FieldInfo = { en: "minute", ko: "분", min: 0, max: 59 };
const HOUR: FieldInfo = { en: "hour", ko: "시", min: 0, max: 23 };
const DAY_OF_MONTH: FieldInfo = { en: "day-of-month", ko: "일", min: 1, max: 31 };
const MONTH: FieldInfo = {
  en: "month",
  ko: "월",
  min: 1,
  max: 12,
  names: new Map(MONTH_NAMES.map((name, index) => [name, index + 1])),
};
const DAY_OF_WEEK: FieldInfo = {
  en: "day-of-week",
  ko: "요일",
  min: 0,
  max: 6,
  names: new Map(WEEKDAY_NAMES.map((name, index) => [name, index])),
};
const FIELD_INFOS = [MINUTE, HOUR, DAY_OF_MONTH, MONTH, DAY_OF_WEEK] as const;

/** One comma-separated part of a field, as robfig reads it. */
interface Item {
  readonly start: number;
  readonly end: number;
  readonly step: number;
  /** Written as `*` or `?`. */
  readonly star: boolean;
  /** Written as `N/step`, which robfig reads as N through the field's maximum. */
  readonly open: boolean;
}

interface Field {
  readonly info: FieldInfo;
  /** `bits[v]` is true when the field matches value v. */
  readonly bits: readonly boolean[];
  readonly values: readonly number[];
  /**
   * robfig's "star bit": some item is `*` or `?` with a step of 1. When the day-of-month or the day-of-week
   * has it, a day must match both fields; otherwise a day matching either field is enough.
   */
  readonly star: boolean;
  readonly items: readonly Item[];
}

interface CronSpec {
  readonly kind: "spec";
  readonly minute: Field;
  readonly hour: Field;
  readonly dayOfMonth: Field;
  readonly month: Field;
  readonly dayOfWeek: Field;
}

interface EverySpec {
  readonly kind: "every";
  /** The delay robfig uses: whole seconds, at least one. */
  readonly seconds: number;
}

type Spec = CronSpec | EverySpec;

type Parsed =
  | { readonly ok: true; readonly spec: Spec }
  | { readonly ok: false; readonly problem: CronProblem };

function fail(p: CronProblem): Parsed {
  return { ok: false, problem: p };
}

const HOW_TO_WRITE: Text = {
  en: "use numbers, * or ?, ranges (1-5), lists (1,15) and steps (*/10); months may be JAN-DEC and days of the week SUN-SAT",
  ko: "숫자, * 또는 ?, 범위(1-5), 목록(1,15), 간격(*/10)을 쓴다. 월은 JAN-DEC, 요일은 SUN-SAT 이름으로도 쓸 수 있다",
};

function rangeHint(info: FieldInfo, value: number): Text {
  if (info === DAY_OF_WEEK && value === 7) {
    return { en: "use 0 or SUN for Sunday", ko: "일요일은 0 또는 SUN으로 쓴다" };
  }
  if (info === DAY_OF_WEEK) {
    return {
      en: "use 0-6 (0 is Sunday) or SUN-SAT",
      ko: "요일은 0-6(0이 일요일이다) 또는 SUN-SAT 이름으로 쓴다",
    };
  }
  if (info === MONTH) return { en: "use 1-12 or JAN-DEC", ko: "월은 1-12 또는 JAN-DEC 이름으로 쓴다" };
  if (info === HOUR && value === 24) {
    return { en: "use 0 for midnight; hours are 0-23", ko: "자정은 0으로 쓴다. 시는 0-23 사이 값이다" };
  }
  if (info === HOUR) return { en: "use a value from 0 to 23", ko: "시는 0부터 23 사이 값으로 쓴다" };
  if (info === MINUTE && value === 60) {
    return {
      en: "minutes are 0-59; to run once an hour write 0 * * * *",
      ko: "분은 0-59 사이 값이다. 한 시간에 한 번 실행하려면 0 * * * *로 쓴다",
    };
  }
  if (info === MINUTE) return { en: "use a value from 0 to 59", ko: "분은 0부터 59 사이 값으로 쓴다" };
  return { en: "use a value from 1 to 31", ko: "일은 1부터 31 사이 값으로 쓴다" };
}

function outOfRange(info: FieldInfo, value: string | number): CronProblem {
  const shown = String(value);
  const range = `${info.min}-${info.max}`;
  return problem(
    "cron.range",
    {
      en: `${info.en} ${shown} is out of range ${range}`,
      ko: `${info.ko} 값 ${withParticle(shown, "이")} 허용 범위 ${withParticle(range, "을")} 벗어난다`,
    },
    rangeHint(info, typeof value === "number" ? value : Number.NaN),
  );
}

/** Go's unicode.IsSpace, which strings.Fields splits on (JavaScript's \s differs in U+0085 and U+FEFF). */
const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

function goFields(text: string): string[] {
  return text.split(GO_SPACE).filter((part) => part !== "");
}

const INT64_MAX = 9223372036854775807n;
const INT64_MIN = -9223372036854775808n;

/** Go's strconv.Atoi on a 64-bit platform: an optional sign and decimal digits, within int64. */
function goAtoi(text: string): number | "syntax" | "overflow" {
  if (!/^[+-]?[0-9]+$/.test(text)) return "syntax";
  const value = BigInt(text);
  if (value > INT64_MAX || value < INT64_MIN) return "overflow";
  return Number(value);
}

/** Go's strings.ToLower, as far as it matters for ASCII names: U+0130 (İ) lowers to a plain i there. */
function goLower(text: string): string {
  return text.replace(/\u0130/g, "i").toLowerCase();
}

type ValueResult = { readonly value: number } | { readonly problem: CronProblem };

/** Quartz and Jenkins forms that robfig does not read: L, 5L, FRIL, L-3, LW (last) and 15W (nearest weekday). */
const LAST_DAY = /^(?:L|LW|L-\d+|\d+L|[a-z]{3}L)$/i;
const NEAREST_WEEKDAY = /^\d+W$/i;

function unsupportedFeature(expr: string, info: FieldInfo): CronProblem | undefined {
  if (info !== DAY_OF_MONTH && info !== DAY_OF_WEEK) return undefined;
  if (expr.includes("#")) {
    return problem(
      "cron.unsupported",
      {
        en: `"${expr}": the nth weekday of the month (#) is not supported by Kubernetes`,
        ko: `"${expr}": 쿠버네티스는 몇째 주 요일(#) 표기를 지원하지 않는다`,
      },
      {
        en: "schedule the weekday (e.g. 0 9 * * MON) and let the job skip the days it does not want",
        ko: "요일로 스케줄을 잡고(예: 0 9 * * MON) 원하지 않는 날은 잡(Job)에서 건너뛴다",
      },
    );
  }
  if (LAST_DAY.test(expr)) {
    return problem(
      "cron.unsupported",
      {
        en: `"${expr}": the last day (L) is not supported by Kubernetes`,
        ko: `"${expr}": 쿠버네티스는 마지막 날(L) 표기를 지원하지 않는다`,
      },
      {
        en: "run on days 28-31 and let the job check whether tomorrow is the 1st, or run on day 1 instead",
        ko: "28-31일에 실행하고 다음 날이 1일인지 잡(Job)에서 확인하거나, 대신 1일에 실행한다",
      },
    );
  }
  if (NEAREST_WEEKDAY.test(expr)) {
    return problem(
      "cron.unsupported",
      {
        en: `"${expr}": the nearest weekday (W) is not supported by Kubernetes`,
        ko: `"${expr}": 쿠버네티스는 가장 가까운 평일(W) 표기를 지원하지 않는다`,
      },
      {
        en: "list the days explicitly, or run on weekdays (1-5) and let the job pick the day",
        ko: "날짜를 직접 나열하거나, 평일(1-5)에 실행하고 잡(Job)이 날짜를 고르게 한다",
      },
    );
  }
  return undefined;
}

/** robfig's parseIntOrName. */
function readValue(token: string, expr: string, info: FieldInfo): ValueResult {
  const named = info.names?.get(goLower(token));
  if (named !== undefined) return { value: named };
  const parsed = goAtoi(token);
  if (parsed === "overflow") return { problem: outOfRange(info, token) };
  if (parsed === "syntax") {
    const unsupported = unsupportedFeature(expr, info);
    if (unsupported) return { problem: unsupported };
    const names = info === MONTH ? " or a name JAN-DEC" : info === DAY_OF_WEEK ? " or a name SUN-SAT" : "";
    const expectedKo =
      info === MONTH
        ? "숫자 또는 JAN-DEC 이름이어야"
        : info === DAY_OF_WEEK
          ? "숫자 또는 SUN-SAT 이름이어야"
          : "숫자여야";
    return {
      problem: problem(
        "cron.syntax",
        {
          en: `cannot read "${token}" in the ${info.en} field: expected a number${names}`,
          ko: `${info.ko} 필드의 "${token}" 값을 읽을 수 없다. ${expectedKo} 한다`,
        },
        HOW_TO_WRITE,
      ),
    };
  }
  if (parsed < 0) return { problem: outOfRange(info, parsed) };
  return { value: parsed };
}

type ItemResult = { readonly item: Item } | { readonly problem: CronProblem };

/** robfig's getRange: `number | number "-" number [ "/" number ]`, or `*` / `?` with an optional step. */
function parseItem(expr: string, info: FieldInfo): ItemResult {
  const rangeAndStep = expr.split("/");
  const lowAndHigh = (rangeAndStep[0] ?? "").split("-");
  const first = lowAndHigh[0] ?? "";
  let start: number;
  let end: number;
  let star = false;
  if (first === "*" || first === "?") {
    // robfig looks no further than the star, so "*-5" is read as "*".
    start = info.min;
    end = info.max;
    star = true;
  } else {
    const low = readValue(first, expr, info);
    if ("problem" in low) return low;
    start = low.value;
    if (lowAndHigh.length === 1) {
      end = start;
    } else if (lowAndHigh.length === 2) {
      const high = readValue(lowAndHigh[1] ?? "", expr, info);
      if ("problem" in high) return high;
      end = high.value;
    } else {
      return {
        problem: problem(
          "cron.syntax",
          {
            en: `"${expr}" in the ${info.en} field has more than one hyphen`,
            ko: `${info.ko} 필드의 "${expr}" 값에 하이픈이 두 개 이상 있다`,
          },
          { en: "write a range as start-end, e.g. 1-5", ko: "범위는 1-5처럼 시작-끝으로 쓴다" },
        ),
      };
    }
  }

  let step = 1;
  let open = false;
  if (rangeAndStep.length === 2) {
    const stepText = rangeAndStep[1] ?? "";
    const parsed = goAtoi(stepText);
    if (typeof parsed !== "number" || parsed < 0) {
      const negative = typeof parsed === "number";
      return {
        problem: problem(
          "cron.step",
          {
            en: `step "${stepText}" in "${expr}" (${info.en} field) is ${negative ? "negative" : "not a whole number"}`,
            ko: `${info.ko} 필드 "${expr}"의 간격 "${stepText}" 값이 ${negative ? "음수다" : "정수가 아니다"}`,
          },
          { en: "write the step as a positive number, e.g. */5", ko: "간격은 */5처럼 양의 정수로 쓴다" },
        ),
      };
    }
    step = parsed;
    if (lowAndHigh.length === 1) {
      end = info.max;
      open = !star;
    }
  } else if (rangeAndStep.length > 2) {
    return {
      problem: problem(
        "cron.syntax",
        {
          en: `"${expr}" in the ${info.en} field has more than one slash`,
          ko: `${info.ko} 필드의 "${expr}" 값에 빗금(/)이 두 개 이상 있다`,
        },
        { en: "write a step once, e.g. */15 or 0-30/5", ko: "간격은 */15나 0-30/5처럼 한 번만 쓴다" },
      ),
    };
  }

  if (start < info.min) return { problem: outOfRange(info, start) };
  if (end > info.max) return { problem: outOfRange(info, start > info.max ? start : end) };
  if (start > end) {
    if (start > info.max) return { problem: outOfRange(info, start) };
    const wrapped = `${start}-${info.max},${info.min}-${end}`;
    return {
      problem: problem(
        "cron.range",
        {
          en: `range ${start}-${end} in the ${info.en} field starts after it ends`,
          ko: `${info.ko} 필드의 범위 ${start}-${withParticle(String(end), "은")} 시작 값이 끝 값보다 크다`,
        },
        {
          en: `write the smaller value first; a range cannot wrap around, so split it: ${wrapped}`,
          ko: `작은 값을 먼저 쓴다. 범위는 한 바퀴 돌아 이어지지 않으므로 ${wrapped}처럼 나눈다`,
        },
      ),
    };
  }
  if (step === 0) {
    return {
      problem: problem(
        "cron.step",
        {
          en: `step 0 in "${expr}" (${info.en} field) must be 1 or more`,
          ko: `${info.ko} 필드 "${expr}"의 간격 0은 쓸 수 없다. 간격은 1 이상이어야 한다`,
        },
        { en: "use a positive step, e.g. */5", ko: "*/5처럼 1 이상의 간격을 쓴다" },
      ),
    };
  }
  return { item: { start, end, step, star, open } };
}

type FieldResult = { readonly field: Field } | { readonly problem: CronProblem };

/** robfig's getField: a comma-separated list of items; empty items are skipped, even all of them. */
function parseField(text: string, info: FieldInfo): FieldResult {
  const items: Item[] = [];
  for (const expr of text.split(",")) {
    if (expr === "") continue;
    const result = parseItem(expr, info);
    if ("problem" in result) return result;
    items.push(result.item);
  }
  const bits: boolean[] = Array.from({ length: info.max + 1 }, () => false);
  for (const item of items) {
    for (let value = item.start; value <= item.end; value += item.step) bits[value] = true;
  }
  const values: number[] = [];
  for (let value = info.min; value <= info.max; value++) if (bits[value]) values.push(value);
  const star = items.some((item) => item.star && item.step === 1);
  return { field: { info, bits, values, star, items } };
}

function buildSpec(fields: readonly string[]): Parsed {
  const parsed: Field[] = [];
  for (const [index, info] of FIELD_INFOS.entries()) {
    const result = parseField(fields[index] ?? "", info);
    if ("problem" in result) return fail(result.problem);
    parsed.push(result.field);
  }
  const [minute, hour, dayOfMonth, month, dayOfWeek] = parsed as [Field, Field, Field, Field, Field];
  return { ok: true, spec: { kind: "spec", minute, hour, dayOfMonth, month, dayOfWeek } };
}

const DESCRIPTORS: ReadonlyMap<string, string> = new Map([
  ["@yearly", "0 0 1 1 *"],
  ["@annually", "0 0 1 1 *"],
  ["@monthly", "0 0 1 * *"],
  ["@weekly", "0 0 * * 0"],
  ["@daily", "0 0 * * *"],
  ["@midnight", "0 0 * * *"],
  ["@hourly", "0 * * * *"],
]);
const DESCRIPTOR_LIST =
  "@yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly or @every <duration>";

const DURATION_UNITS: ReadonlyMap<string, bigint> = new Map([
  ["ns", 1n],
  ["us", 1_000n],
  ["\u00b5s", 1_000n],
  ["\u03bcs", 1_000n],
  ["ms", 1_000_000n],
  ["s", 1_000_000_000n],
  ["m", 60_000_000_000n],
  ["h", 3_600_000_000_000n],
]);
const TWO_TO_63 = 1n << 63n;

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= "0" && char <= "9";
}

/** Go's time.ParseDuration, in nanoseconds; undefined where Go returns an error. */
function parseGoDuration(text: string): bigint | undefined {
  let rest = text;
  let negative = false;
  if (rest.startsWith("-") || rest.startsWith("+")) {
    negative = rest.startsWith("-");
    rest = rest.slice(1);
  }
  if (rest === "0") return 0n;
  if (rest === "") return undefined;
  let total = 0n;
  while (rest !== "") {
    if (!(rest[0] === "." || isDigit(rest[0]))) return undefined;
    let whole = 0n;
    let i = 0;
    for (; isDigit(rest[i]); i++) {
      if (whole > TWO_TO_63 / 10n) return undefined;
      whole = whole * 10n + BigInt(rest.charCodeAt(i) - 48);
      if (whole > TWO_TO_63) return undefined;
    }
    const hadWhole = i > 0;
    rest = rest.slice(i);
    let fraction = 0n;
    let scale = 1;
    let hadFraction = false;
    if (rest.startsWith(".")) {
      rest = rest.slice(1);
      let j = 0;
      let overflow = false;
      for (; isDigit(rest[j]); j++) {
        if (overflow) continue;
        if (fraction > (TWO_TO_63 - 1n) / 10n) {
          overflow = true;
          continue;
        }
        const next = fraction * 10n + BigInt(rest.charCodeAt(j) - 48);
        if (next > TWO_TO_63) {
          overflow = true;
          continue;
        }
        fraction = next;
        scale *= 10;
      }
      hadFraction = j > 0;
      rest = rest.slice(j);
    }
    if (!hadWhole && !hadFraction) return undefined;
    let u = 0;
    while (u < rest.length && rest[u] !== "." && !isDigit(rest[u])) u++;
    if (u === 0) return undefined;
    const unit = DURATION_UNITS.get(rest.slice(0, u));
    rest = rest.slice(u);
    if (unit === undefined) return undefined;
    if (whole > TWO_TO_63 / unit) return undefined;
    whole *= unit;
    if (fraction > 0n) {
      whole += BigInt(Math.trunc(Number(fraction) * (Number(unit) / scale)));
      if (whole > TWO_TO_63) return undefined;
    }
    total += whole;
    if (total > TWO_TO_63) return undefined;
  }
  if (negative) return -total;
  if (total > TWO_TO_63 - 1n) return undefined;
  return total;
}

function parseDescriptor(schedule: string): Parsed {
  const equivalent = DESCRIPTORS.get(schedule);
  if (equivalent !== undefined) return buildSpec(equivalent.split(" "));
  if (schedule.startsWith("@every ")) {
    const text = schedule.slice("@every ".length);
    const nanos = parseGoDuration(text);
    if (nanos === undefined) {
      return fail(
        problem(
          "cron.syntax",
          {
            en: `"${text}" after @every is not a Go duration`,
            ko: `@every 뒤의 "${text}" 값은 Go 기간(duration) 형식이 아니다`,
          },
          {
            en: "write a duration such as 30m, 1h or 1h30m (units h, m, s, ms, us, ns; no spaces)",
            ko: "30m, 1h, 1h30m처럼 공백 없이 쓴다(단위: h, m, s, ms, us, ns)",
          },
        ),
      );
    }
    // robfig's Every: less than a second becomes one second, and parts of a second are dropped.
    const seconds = nanos < 1_000_000_000n ? 1 : Number(nanos / 1_000_000_000n);
    return { ok: true, spec: { kind: "every", seconds } };
  }
  const trimmed = schedule.replace(new RegExp(`${GO_SPACE.source}$`), "");
  const lower = trimmed.toLowerCase();
  if (trimmed !== schedule && (DESCRIPTORS.has(trimmed) || trimmed.startsWith("@every"))) {
    return fail(
      problem(
        "cron.syntax",
        {
          en: `descriptor "${schedule}" ends with whitespace`,
          ko: `"${schedule}" 표기 끝에 공백이 있다`,
        },
        { en: `remove the trailing whitespace: ${trimmed}`, ko: `끝의 공백을 지운다` },
      ),
    );
  }
  if (schedule === "@every") {
    return fail(
      problem(
        "cron.syntax",
        { en: "@every needs a duration", ko: "@every 뒤에 기간이 없다" },
        { en: "add a space and a duration, e.g. @every 1h", ko: "@every 1h처럼 공백 뒤에 기간을 쓴다" },
      ),
    );
  }
  if (lower === "@reboot") {
    return fail(
      problem(
        "cron.unsupported",
        { en: "@reboot is not supported by Kubernetes", ko: "쿠버네티스는 @reboot를 지원하지 않는다" },
        {
          en: `a CronJob runs on a clock; use one of ${DESCRIPTOR_LIST}, or a Job or DaemonSet for start-up work`,
          ko: `크론잡(CronJob)은 시각에 맞춰 실행된다. ${DESCRIPTOR_LIST} 중 하나를 쓰거나, 시작할 때 할 일은 잡(Job)이나 데몬셋(DaemonSet)으로 한다`,
        },
      ),
    );
  }
  if (DESCRIPTORS.has(lower) || lower.startsWith("@every ")) {
    const fixed = lower.startsWith("@every ") ? `@every ${trimmed.slice(7)}` : lower;
    return fail(
      problem(
        "cron.syntax",
        {
          en: `descriptor "${schedule}" must be written in lower case`,
          ko: `"${schedule}" 표기는 소문자로 써야 한다`,
        },
        { en: `write ${fixed}`, ko: `소문자 ${fixed} 형태로 쓴다` },
      ),
    );
  }
  return fail(
    problem(
      "cron.syntax",
      {
        en: `unknown descriptor "${schedule}"`,
        ko: `${withParticle(JSON.stringify(schedule), "은")} 알 수 없는 표기다`,
      },
      { en: `use ${DESCRIPTOR_LIST}`, ko: `${DESCRIPTOR_LIST} 중 하나를 쓴다` },
    ),
  );
}

function fieldCountProblem(fields: readonly string[]): CronProblem {
  const count = fields.length;
  const message: Text = {
    en: `expected 5 fields (minute hour day-of-month month day-of-week), found ${count}`,
    ko: `필드는 5개(분 시 일 월 요일)여야 하는데 ${count}개다`,
  };
  if (count === 6) {
    return problem("cron.fields", message, {
      en: "Kubernetes has no seconds field: remove the first field",
      ko: "쿠버네티스 스케줄에는 초 필드가 없다. 첫 번째 필드를 지운다",
    });
  }
  if (count === 7) {
    return problem("cron.fields", message, {
      en: "Kubernetes has no seconds or year field: remove the first and the last field",
      ko: "쿠버네티스 스케줄에는 초 필드와 연도 필드가 없다. 첫 번째와 마지막 필드를 지운다",
    });
  }
  return problem("cron.fields", message, {
    en: 'write all five fields, e.g. "0 3 * * *" for 03:00 every day',
    ko: '다섯 필드를 모두 쓴다. 예를 들어 매일 오전 3시는 "0 3 * * *"이다',
  });
}

/** The ParseStandard rules plus Kubernetes' own checks, in the order that decides which problem is reported. */
function parseSchedule(schedule: string): Parsed {
  if (schedule.length === 0) {
    return fail(
      problem(
        "cron.syntax",
        { en: "the schedule is empty", ko: "스케줄이 비어 있다" },
        {
          en: 'write five fields such as "0 3 * * *", or a descriptor such as @daily',
          ko: '"0 3 * * *"처럼 다섯 필드를 쓰거나 @daily 같은 표기를 쓴다',
        },
      ),
    );
  }
  if (schedule.includes("TZ")) return fail(tzInSchedule(schedule));
  if (schedule.startsWith("@")) return parseDescriptor(schedule);
  const fields = goFields(schedule);
  const only = fields.length === 1 ? fields[0] : undefined;
  if (only?.startsWith("@")) {
    return fail(
      problem(
        "cron.syntax",
        {
          en: `descriptor ${only} must be the whole schedule, without leading whitespace`,
          ko: `${only} 표기 앞에 공백이 있다. 표기는 스케줄 전체로 단독으로 써야 한다`,
        },
        { en: `write ${only}`, ko: `앞의 공백을 지우고 ${only} 표기만 쓴다` },
      ),
    );
  }
  if (fields.length !== 5) return fail(fieldCountProblem(fields));
  return buildSpec(fields);
}

function tzInSchedule(schedule: string): CronProblem {
  const message: Text = {
    en: 'the schedule contains "TZ": Kubernetes rejects TZ= and CRON_TZ= in .spec.schedule',
    ko: '스케줄에 "TZ"가 들어 있다. 쿠버네티스는 .spec.schedule 안의 TZ=와 CRON_TZ=를 거부한다',
  };
  const prefix = /^(?:CRON_)?TZ=(\S+)\s+(.+)$/.exec(schedule.trim());
  if (prefix?.[1] && prefix[2]) {
    const zone = prefix[1];
    const rest = prefix[2].trim();
    return problem("cron.tz-in-schedule", message, {
      en: `move the zone to its own field: timeZone: ${zone} and schedule: "${rest}"`,
      ko: `시간대는 따로 쓴다. timeZone: ${zone}, ${josa(`schedule: "${rest}"`, "으로/로")} 나눈다`,
    });
  }
  return problem("cron.tz-in-schedule", message, {
    en: "remove TZ from the schedule and set the zone in .spec.timeZone",
    ko: "스케줄에서 TZ를 지우고 시간대는 .spec.timeZone에 쓴다",
  });
}

/** Verdicts of recent schedules: fleets repeat a handful of schedules, and parsing is the costly part. */
const scheduleVerdicts = new Map<string, CronProblem | null>();
const MAX_REMEMBERED_SCHEDULES = 512;

/** Returns undefined when Kubernetes accepts `schedule` as `.spec.schedule`. */
export function checkSchedule(schedule: string): CronProblem | undefined {
  const known = scheduleVerdicts.get(schedule);
  if (known !== undefined) return known ?? undefined;
  const parsed = parseSchedule(schedule);
  const verdict = parsed.ok ? null : parsed.problem;
  if (scheduleVerdicts.size >= MAX_REMEMBERED_SCHEDULES) scheduleVerdicts.clear();
  scheduleVerdicts.set(schedule, verdict);
  return verdict ?? undefined;
}

function parseOrThrow(schedule: string): Spec {
  const parsed = parseSchedule(schedule);
  if (parsed.ok) return parsed.spec;
  const { rule, message, fix } = parsed.problem;
  throw new Error(`invalid schedule ${JSON.stringify(schedule)}: ${message.en} [${rule}]; fix: ${fix.en}`);
}

// ---------------------------------------------------------------------------------------------------------
// Time zones
// ---------------------------------------------------------------------------------------------------------

/**
 * Every name in Go's embedded time zone database (Go 1.26 lib/time/zoneinfo.zip, tzdata 2025c), the names
 * time.LoadLocation finds in any Kubernetes binary. Each line is `Area/:Name Name ...`.
 */
const ZONE_LINES = [
  ":CET CST6CDT Cuba EET EST EST5EDT Egypt Eire Factory GB GB-Eire GMT GMT+0 GMT-0 GMT0 Greenwich HST",
  ":Hongkong Iceland Iran Israel Jamaica Japan Kwajalein Libya MET MST MST7MDT NZ NZ-CHAT Navajo PRC",
  ":PST8PDT Poland Portugal ROC ROK Singapore Turkey UCT UTC Universal W-SU WET Zulu",
  "Africa/:Abidjan Accra Addis_Ababa Algiers Asmara Asmera Bamako Bangui Banjul Bissau Blantyre",
  "Africa/:Brazzaville Bujumbura Cairo Casablanca Ceuta Conakry Dakar Dar_es_Salaam Djibouti Douala",
  "Africa/:El_Aaiun Freetown Gaborone Harare Johannesburg Juba Kampala Khartoum Kigali Kinshasa Lagos",
  "Africa/:Libreville Lome Luanda Lubumbashi Lusaka Malabo Maputo Maseru Mbabane Mogadishu Monrovia",
  "Africa/:Nairobi Ndjamena Niamey Nouakchott Ouagadougou Porto-Novo Sao_Tome Timbuktu Tripoli Tunis",
  "Africa/:Windhoek",
  "America/:Adak Anchorage Anguilla Antigua Araguaina Argentina/Buenos_Aires Argentina/Catamarca",
  "America/:Argentina/ComodRivadavia Argentina/Cordoba Argentina/Jujuy Argentina/La_Rioja",
  "America/:Argentina/Mendoza Argentina/Rio_Gallegos Argentina/Salta Argentina/San_Juan",
  "America/:Argentina/San_Luis Argentina/Tucuman Argentina/Ushuaia Aruba Asuncion Atikokan Atka",
  "America/:Bahia Bahia_Banderas Barbados Belem Belize Blanc-Sablon Boa_Vista Bogota Boise Buenos_Aires",
  "America/:Cambridge_Bay Campo_Grande Cancun Caracas Catamarca Cayenne Cayman Chicago Chihuahua",
  "America/:Ciudad_Juarez Coral_Harbour Cordoba Costa_Rica Coyhaique Creston Cuiaba Curacao",
  "America/:Danmarkshavn Dawson Dawson_Creek Denver Detroit Dominica Edmonton Eirunepe El_Salvador",
  "America/:Ensenada Fort_Nelson Fort_Wayne Fortaleza Glace_Bay Godthab Goose_Bay Grand_Turk Grenada",
  "America/:Guadeloupe Guatemala Guayaquil Guyana Halifax Havana Hermosillo Indiana/Indianapolis",
  "America/:Indiana/Knox Indiana/Marengo Indiana/Petersburg Indiana/Tell_City Indiana/Vevay",
  "America/:Indiana/Vincennes Indiana/Winamac Indianapolis Inuvik Iqaluit Jamaica Jujuy Juneau",
  "America/:Kentucky/Louisville Kentucky/Monticello Knox_IN Kralendijk La_Paz Lima Los_Angeles",
  "America/:Louisville Lower_Princes Maceio Managua Manaus Marigot Martinique Matamoros Mazatlan Mendoza",
  "America/:Menominee Merida Metlakatla Mexico_City Miquelon Moncton Monterrey Montevideo Montreal",
  "America/:Montserrat Nassau New_York Nipigon Nome Noronha North_Dakota/Beulah North_Dakota/Center",
  "America/:North_Dakota/New_Salem Nuuk Ojinaga Panama Pangnirtung Paramaribo Phoenix Port-au-Prince",
  "America/:Port_of_Spain Porto_Acre Porto_Velho Puerto_Rico Punta_Arenas Rainy_River Rankin_Inlet",
  "America/:Recife Regina Resolute Rio_Branco Rosario Santa_Isabel Santarem Santiago Santo_Domingo",
  "America/:Sao_Paulo Scoresbysund Shiprock Sitka St_Barthelemy St_Johns St_Kitts St_Lucia St_Thomas",
  "America/:St_Vincent Swift_Current Tegucigalpa Thule Thunder_Bay Tijuana Toronto Tortola Vancouver",
  "America/:Virgin Whitehorse Winnipeg Yakutat Yellowknife",
  "Antarctica/:Casey Davis DumontDUrville Macquarie Mawson McMurdo Palmer Rothera South_Pole Syowa Troll",
  "Antarctica/:Vostok",
  "Arctic/:Longyearbyen",
  "Asia/:Aden Almaty Amman Anadyr Aqtau Aqtobe Ashgabat Ashkhabad Atyrau Baghdad Bahrain Baku Bangkok",
  "Asia/:Barnaul Beirut Bishkek Brunei Calcutta Chita Choibalsan Chongqing Chungking Colombo Dacca",
  "Asia/:Damascus Dhaka Dili Dubai Dushanbe Famagusta Gaza Harbin Hebron Ho_Chi_Minh Hong_Kong Hovd",
  "Asia/:Irkutsk Istanbul Jakarta Jayapura Jerusalem Kabul Kamchatka Karachi Kashgar Kathmandu Katmandu",
  "Asia/:Khandyga Kolkata Krasnoyarsk Kuala_Lumpur Kuching Kuwait Macao Macau Magadan Makassar Manila",
  "Asia/:Muscat Nicosia Novokuznetsk Novosibirsk Omsk Oral Phnom_Penh Pontianak Pyongyang Qatar Qostanay",
  "Asia/:Qyzylorda Rangoon Riyadh Saigon Sakhalin Samarkand Seoul Shanghai Singapore Srednekolymsk",
  "Asia/:Taipei Tashkent Tbilisi Tehran Tel_Aviv Thimbu Thimphu Tokyo Tomsk Ujung_Pandang Ulaanbaatar",
  "Asia/:Ulan_Bator Urumqi Ust-Nera Vientiane Vladivostok Yakutsk Yangon Yekaterinburg Yerevan",
  "Atlantic/:Azores Bermuda Canary Cape_Verde Faeroe Faroe Jan_Mayen Madeira Reykjavik South_Georgia",
  "Atlantic/:St_Helena Stanley",
  "Australia/:ACT Adelaide Brisbane Broken_Hill Canberra Currie Darwin Eucla Hobart LHI Lindeman",
  "Australia/:Lord_Howe Melbourne NSW North Perth Queensland South Sydney Tasmania Victoria West",
  "Australia/:Yancowinna",
  "Brazil/:Acre DeNoronha East West",
  "Canada/:Atlantic Central Eastern Mountain Newfoundland Pacific Saskatchewan Yukon",
  "Chile/:Continental EasterIsland",
  "Etc/:GMT GMT+0 GMT+1 GMT+10 GMT+11 GMT+12 GMT+2 GMT+3 GMT+4 GMT+5 GMT+6 GMT+7 GMT+8 GMT+9 GMT-0 GMT-1",
  "Etc/:GMT-10 GMT-11 GMT-12 GMT-13 GMT-14 GMT-2 GMT-3 GMT-4 GMT-5 GMT-6 GMT-7 GMT-8 GMT-9 GMT0 Greenwich",
  "Etc/:UCT UTC Universal Zulu",
  "Europe/:Amsterdam Andorra Astrakhan Athens Belfast Belgrade Berlin Bratislava Brussels Bucharest",
  "Europe/:Budapest Busingen Chisinau Copenhagen Dublin Gibraltar Guernsey Helsinki Isle_of_Man Istanbul",
  "Europe/:Jersey Kaliningrad Kiev Kirov Kyiv Lisbon Ljubljana London Luxembourg Madrid Malta Mariehamn",
  "Europe/:Minsk Monaco Moscow Nicosia Oslo Paris Podgorica Prague Riga Rome Samara San_Marino Sarajevo",
  "Europe/:Saratov Simferopol Skopje Sofia Stockholm Tallinn Tirane Tiraspol Ulyanovsk Uzhgorod Vaduz",
  "Europe/:Vatican Vienna Vilnius Volgograd Warsaw Zagreb Zaporozhye Zurich",
  "Indian/:Antananarivo Chagos Christmas Cocos Comoro Kerguelen Mahe Maldives Mauritius Mayotte Reunion",
  "Mexico/:BajaNorte BajaSur General",
  "Pacific/:Apia Auckland Bougainville Chatham Chuuk Easter Efate Enderbury Fakaofo Fiji Funafuti",
  "Pacific/:Galapagos Gambier Guadalcanal Guam Honolulu Johnston Kanton Kiritimati Kosrae Kwajalein",
  "Pacific/:Majuro Marquesas Midway Nauru Niue Norfolk Noumea Pago_Pago Palau Pitcairn Pohnpei Ponape",
  "Pacific/:Port_Moresby Rarotonga Saipan Samoa Tahiti Tarawa Tongatapu Truk Wake Wallis Yap",
  "US/:Alaska Aleutian Arizona Central East-Indiana Eastern Hawaii Indiana-Starke Michigan Mountain",
  "US/:Pacific Samoa",
];

let zoneIndex: Map<string, string> | undefined;

/** Lower-case name to the name as Go's database spells it. */
function zones(): Map<string, string> {
  if (zoneIndex === undefined) {
    zoneIndex = new Map();
    for (const line of ZONE_LINES) {
      const [area = "", names = ""] = line.split(":");
      for (const name of names.split(" ")) zoneIndex.set((area + name).toLowerCase(), area + name);
    }
  }
  return zoneIndex;
}

/** Kubernetes' validTimeZoneCharacters, applied to each part between slashes. */
const ZONE_PART = /^[A-Za-z.\-_0-9+]{1,14}$/;

/** An IANA name that may fit what the user meant, found through Intl (which knows abbreviations and offsets). */
function suggestZone(timeZone: string): string | undefined {
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat("en-US", { timeZone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
  if (zones().get(resolved.toLowerCase()) === resolved) return resolved;
  const offset = /^([+-])(\d\d):00$/.exec(resolved);
  if (offset) {
    const hours = Number(offset[2]);
    if (hours === 0) return "Etc/UTC";
    // POSIX signs: Etc/GMT-9 is nine hours ahead of UTC.
    const name = `Etc/GMT${offset[1] === "+" ? "-" : "+"}${hours}`;
    if (zones().has(name.toLowerCase())) return name;
  }
  return undefined;
}

function unknownZone(timeZone: string, detail?: Text): CronProblem {
  const suggestion = suggestZone(timeZone.trim());
  return problem(
    "timezone.unknown",
    detail ?? {
      en: `unknown time zone ${JSON.stringify(timeZone)}`,
      ko: `시간대 ${withParticle(JSON.stringify(timeZone), "은")} Go의 시간대 데이터베이스에 없다`,
    },
    suggestion
      ? { en: `use the IANA name ${suggestion}`, ko: `IANA 이름 ${suggestion} 값을 쓴다` }
      : {
          en: "use an IANA name such as UTC, Asia/Seoul or America/New_York",
          ko: "UTC, Asia/Seoul, America/New_York 같은 IANA 이름을 쓴다",
        },
  );
}

/** Returns undefined when Kubernetes accepts `timeZone` as `.spec.timeZone`. */
export function checkTimeZone(timeZone: string): CronProblem | undefined {
  if (timeZone === "") {
    return unknownZone(timeZone, {
      en: "the time zone is empty",
      ko: "시간대가 비어 있다",
    });
  }
  for (const part of timeZone.split("/")) {
    if (part === "." || part === ".." || part.startsWith("-") || !ZONE_PART.test(part)) {
      return unknownZone(timeZone);
    }
  }
  if (timeZone.toLowerCase() === "local") {
    return problem(
      "timezone.local",
      {
        en: `${JSON.stringify(timeZone)} is not allowed: Kubernetes needs an explicit IANA time zone`,
        ko: `${josa(JSON.stringify(timeZone), "은/는")} 쓸 수 없다. 쿠버네티스는 명시적인 IANA 시간대를 요구한다`,
      },
      {
        en: "name the zone, e.g. Asia/Seoul or UTC, or leave .spec.timeZone out to use the zone of kube-controller-manager",
        ko: "Asia/Seoul이나 UTC처럼 시간대를 적거나, .spec.timeZone을 빼서 kube-controller-manager의 시간대를 쓴다",
      },
    );
  }
  const known = zones().get(timeZone.toLowerCase());
  if (known === timeZone) return undefined;
  if (known !== undefined) {
    return problem(
      "timezone.case",
      {
        en: `time zone ${JSON.stringify(timeZone)} is spelled with the wrong case; Kubernetes looks names up case-sensitively`,
        ko: `시간대 ${JSON.stringify(timeZone)}의 대소문자가 틀렸다. 쿠버네티스는 대소문자를 구분해 이름을 찾는다`,
      },
      { en: `write ${known}`, ko: `이름은 ${known} 그대로 쓴다` },
    );
  }
  return unknownZone(timeZone);
}

function checkTimeZoneOrThrow(timeZone: string): void {
  const p = checkTimeZone(timeZone);
  if (p)
    throw new Error(
      `invalid time zone ${JSON.stringify(timeZone)}: ${p.message.en} [${p.rule}]; fix: ${p.fix.en}`,
    );
}

// ---------------------------------------------------------------------------------------------------------
// Run times: robfig's SpecSchedule.Next, with Go's time arithmetic emulated through Intl.
// ---------------------------------------------------------------------------------------------------------

const SECOND = 1000;
const MINUTE_MS = 60 * SECOND;
const HOUR_MS = 60 * MINUTE_MS;
const QUARTER_HOUR = 15 * MINUTE_MS;

interface Wall {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly weekday: number;
}

/** Milliseconds for a UTC wall time; fields out of range carry over, as in Go's time.Date. */
function utcMillis(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** Zones whose offset is always zero; Factory is a placeholder zone that Intl does not know. */
const ALWAYS_UTC = new Set(["UTC", "Etc/UTC", "Factory"]);

/** Wall-clock arithmetic in one time zone, behaving like Go's time package. */
class ZoneClock {
  readonly #format: Intl.DateTimeFormat | undefined;
  /** Offset at the start of each quarter hour, by its number since 1970. */
  readonly #quarters = new Map<number, number>();

  constructor(timeZone: string) {
    if (ALWAYS_UTC.has(timeZone)) return;
    try {
      this.#format = new Intl.DateTimeFormat("en-US", {
        timeZone,
        calendar: "gregory",
        numberingSystem: "latn",
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch {
      throw new Error(`this JavaScript runtime does not know the time zone ${JSON.stringify(timeZone)}`);
    }
  }

  /**
   * Offset from UTC in milliseconds at an instant. Intl is slow (tens of microseconds a call) and the search
   * asks for thousands of offsets, so offsets are kept at each quarter hour: when the offset is the same at
   * both ends of a quarter hour it is the same inside it, as no zone has changed its offset twice within
   * 15 minutes. Only a quarter hour with a change inside asks Intl about the instant itself.
   */
  offset(instant: number): number {
    if (this.#format === undefined) return 0;
    const quarter = Math.floor(instant / QUARTER_HOUR);
    const before = this.#quarterOffset(quarter);
    return before === this.#quarterOffset(quarter + 1) ? before : this.#exactOffset(instant);
  }

  #quarterOffset(quarter: number): number {
    let offset = this.#quarters.get(quarter);
    if (offset === undefined) {
      offset = this.#exactOffset(quarter * QUARTER_HOUR);
      if (this.#quarters.size >= 100_000) this.#quarters.clear();
      this.#quarters.set(quarter, offset);
    }
    return offset;
  }

  #exactOffset(instant: number): number {
    if (this.#format === undefined) return 0;
    const whole = Math.floor(instant / SECOND) * SECOND;
    const fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
    for (const part of this.#format.formatToParts(whole)) {
      if (part.type in fields) fields[part.type as keyof typeof fields] = Number(part.value);
    }
    const wall = utcMillis(
      fields.year,
      fields.month,
      fields.day,
      fields.hour % 24,
      fields.minute,
      fields.second,
    );
    return wall - whole;
  }

  wall(instant: number): Wall {
    const local = new Date(instant + this.offset(instant));
    return {
      year: local.getUTCFullYear(),
      month: local.getUTCMonth() + 1,
      day: local.getUTCDate(),
      hour: local.getUTCHours(),
      minute: local.getUTCMinutes(),
      second: local.getUTCSeconds(),
      weekday: local.getUTCDay(),
    };
  }

  /**
   * Go's time.Date: look up the offset as if the wall time were UTC; if the result falls outside that offset's
   * period, use the offset at the result instead. A time in a gap or an overlap resolves the way Go resolves it.
   */
  date(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
    const wall = utcMillis(year, month, day, hour, minute, second);
    const first = this.offset(wall);
    const guess = wall - first;
    const actual = this.offset(guess);
    return actual === first ? guess : wall - actual;
  }

  /** Go's t.AddDate(0, months, days). */
  addDate(instant: number, months: number, days: number): number {
    const w = this.wall(instant);
    return this.date(w.year, w.month + months, w.day + days, w.hour, w.minute, w.second);
  }
}

const clocks = new Map<string, ZoneClock>();

/** One clock per zone, kept between calls so its formatter and offsets are reused (a few zones at most). */
function clockFor(timeZone: string): ZoneClock {
  let clock = clocks.get(timeZone);
  if (clock === undefined) {
    clock = new ZoneClock(timeZone);
    if (clocks.size >= 32) clocks.clear();
    clocks.set(timeZone, clock);
  }
  return clock;
}

function dayMatches(spec: CronSpec, w: Wall): boolean {
  const domMatch = spec.dayOfMonth.bits[w.day] === true;
  const dowMatch = spec.dayOfWeek.bits[w.weekday] === true;
  if (spec.dayOfMonth.star || spec.dayOfWeek.star) return domMatch && dowMatch;
  return domMatch || dowMatch;
}

/**
 * A limit far above what any real search needs (a few thousand steps). robfig's Next never ends where a whole
 * local day was skipped, as in Pacific/Apia on 2011-12-30: Go's time.Date moves the missing midnight back a
 * day and the day loop comes back to it forever. The controller would hang there; this search gives up.
 */
const MAX_STEPS = 200_000;

class StepLimitReached extends Error {}

/** A ZoneClock that counts the wall times it is asked for and stops a search that runs away. */
class CountingClock {
  readonly clock: ZoneClock;
  #steps = 0;

  constructor(clock: ZoneClock) {
    this.clock = clock;
  }

  wall(instant: number): Wall {
    this.#steps++;
    if (this.#steps > MAX_STEPS) throw new StepLimitReached();
    return this.clock.wall(instant);
  }
}

/** robfig's SpecSchedule.Next: the first run strictly after `from`, or undefined if there is none. */
function nextSpecRun(spec: CronSpec, clock: ZoneClock, from: number): number | undefined {
  try {
    return searchNext(spec, new CountingClock(clock), from);
  } catch (error) {
    if (error instanceof StepLimitReached) return undefined;
    throw error;
  }
}

/** The body of robfig's Next, step for step; undefined where robfig returns the zero time (five years on). */
function searchNext(spec: CronSpec, counted: CountingClock, from: number): number | undefined {
  const { clock } = counted;
  let t = Math.floor(from / SECOND) * SECOND + SECOND;
  let added = false;
  const yearLimit = clock.wall(t).year + 5;

  wrap: for (;;) {
    let w = counted.wall(t);
    if (w.year > yearLimit) return undefined;

    while (spec.month.bits[w.month] !== true) {
      if (!added) {
        added = true;
        t = clock.date(w.year, w.month, 1, 0, 0, 0);
      }
      t = clock.addDate(t, 1, 0);
      w = counted.wall(t);
      if (w.month === 1) continue wrap;
    }

    while (!dayMatches(spec, w)) {
      if (!added) {
        added = true;
        t = clock.date(w.year, w.month, w.day, 0, 0, 0);
      }
      t = clock.addDate(t, 0, 1);
      w = counted.wall(t);
      // Where midnight does not exist the day starts at another hour; robfig moves back to the day's start.
      if (w.hour !== 0) {
        t += w.hour > 12 ? (24 - w.hour) * HOUR_MS : -w.hour * HOUR_MS;
        w = counted.wall(t);
      }
      if (w.day === 1) continue wrap;
    }

    while (spec.hour.bits[w.hour] !== true) {
      if (!added) {
        added = true;
        t = clock.date(w.year, w.month, w.day, w.hour, 0, 0);
      }
      t += HOUR_MS;
      w = counted.wall(t);
      if (w.hour === 0) continue wrap;
    }

    while (spec.minute.bits[w.minute] !== true) {
      if (!added) {
        added = true;
        t = Math.floor(t / MINUTE_MS) * MINUTE_MS;
      }
      t += MINUTE_MS;
      w = counted.wall(t);
      if (w.minute === 0) continue wrap;
    }

    while (w.second !== 0) {
      if (!added) {
        added = true;
        t = Math.floor(t / SECOND) * SECOND;
      }
      t += SECOND;
      w = counted.wall(t);
      if (w.second === 0) continue wrap;
    }

    return t;
  }
}

/** Longest month lengths, leap years included (index = month). */
const MONTH_DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when only the day-of-month restricts the days and no chosen month has any chosen day (30 February). */
function impossibleDate(spec: CronSpec): boolean {
  const { dayOfMonth: dom, dayOfWeek: dow, month } = spec;
  if (dom.star || !dow.star || dom.values.length === 0) return false;
  return !month.values.some((m) => dom.values.some((d) => d <= (MONTH_DAYS[m] ?? 31)));
}

/** The field that makes a schedule never run because it lists no values, if there is one. */
function emptyField(spec: CronSpec): Field | undefined {
  for (const field of [spec.minute, spec.hour, spec.month]) if (field.values.length === 0) return field;
  const { dayOfMonth: dom, dayOfWeek: dow } = spec;
  if (dom.values.length === 0 && (dow.star || dow.values.length === 0)) return dom;
  if (dow.values.length === 0 && dom.star) return dow;
  return undefined;
}

/**
 * The next `count` (default 5) run times after `from` (default now) in `timeZone` (default UTC), as the CronJob
 * controller computes them. Without `.spec.timeZone` Kubernetes uses the zone of kube-controller-manager, which
 * is UTC in most clusters; this function assumes UTC. A schedule that can never run gives an empty list, and
 * the list stops early where robfig finds no run within five years.
 */
export function nextRuns(
  schedule: string,
  options: { timeZone?: string; count?: number; from?: Date } = {},
): Date[] {
  const spec = parseOrThrow(schedule);
  const timeZone = options.timeZone ?? "UTC";
  checkTimeZoneOrThrow(timeZone);
  const count = options.count ?? 5;
  if (!Number.isInteger(count) || count < 0)
    throw new Error(`count must be a whole number >= 0, got ${count}`);
  const from = options.from ?? new Date();
  if (Number.isNaN(from.getTime())) throw new Error("from is an invalid Date");

  const runs: Date[] = [];
  if (spec.kind === "every") {
    // robfig's ConstantDelaySchedule: the delay after the previous run, with parts of a second dropped.
    let t = Math.floor(from.getTime() / SECOND) * SECOND;
    for (let i = 0; i < count; i++) {
      t += spec.seconds * SECOND;
      runs.push(new Date(t));
    }
    return runs;
  }
  if (count === 0 || emptyField(spec)) return runs;
  const clock = clockFor(timeZone);
  let t = from.getTime();
  for (let i = 0; i < count; i++) {
    const next = nextSpecRun(spec, clock, t);
    if (next === undefined) break;
    runs.push(new Date(next));
    t = next;
  }
  return runs;
}

// ---------------------------------------------------------------------------------------------------------
// Descriptions
// ---------------------------------------------------------------------------------------------------------

function isFull(field: Field): boolean {
  return field.values.length === field.info.max - field.info.min + 1;
}

/** One item in plain cron syntax, with robfig's odd forms (`?`, `*-5`, `+5`, names) made standard. */
function itemSyntax(item: Item): string {
  if (item.star) return item.step === 1 ? "*" : `*/${item.step}`;
  if (item.open) return item.step === 1 ? `${item.start}-${item.end}` : `${item.start}/${item.step}`;
  if (item.start === item.end) return String(item.start);
  return item.step === 1 ? `${item.start}-${item.end}` : `${item.start}-${item.end}/${item.step}`;
}

function fieldSyntax(field: Field): string {
  if (field.star) return "*";
  return field.items.map(itemSyntax).join(",");
}

/**
 * The schedule in the syntax cronstrue reads the same way robfig does. cronstrue, like robfig, combines the
 * day fields with OR unless one of them is exactly `*`, so `*` is written only where robfig has its star bit.
 * A day field with no values is written as `*`, which gives the same days as robfig's OR with nothing.
 */
function standardSyntax(spec: CronSpec): string {
  const dom = spec.dayOfMonth.values.length === 0 ? "*" : fieldSyntax(spec.dayOfMonth);
  const dow = spec.dayOfWeek.values.length === 0 ? "*" : fieldSyntax(spec.dayOfWeek);
  return [fieldSyntax(spec.minute), fieldSyntax(spec.hour), dom, fieldSyntax(spec.month), dow].join(" ");
}

function durationParts(seconds: number): [number, number, number] {
  return [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
}

function durationEnglish(seconds: number): string {
  const units = ["hour", "minute", "second"];
  return durationParts(seconds)
    .map((n, i) => (n === 0 ? "" : `${n} ${units[i]}${n === 1 ? "" : "s"}`))
    .filter((part) => part !== "")
    .join(" ");
}

function durationKorean(seconds: number): string {
  const units = ["시간", "분", "초"];
  return durationParts(seconds)
    .map((n, i) => (n === 0 ? "" : `${n}${units[i]}`))
    .filter((part) => part !== "")
    .join(" ");
}

function describeEnglish(spec: Spec): string {
  if (spec.kind === "every") return `Every ${durationEnglish(spec.seconds)}, counted from the previous run`;
  const empty = emptyField(spec);
  if (empty) return `Never runs: the ${empty.info.en} field lists no values`;
  const syntax = standardSyntax(spec);
  const never = impossibleDate(spec) ? " (this date never occurs, so the job never runs)" : "";
  try {
    return `${cronstrue.toString(syntax, {
      use24HourTimeFormat: true,
      throwExceptionOnParseError: true,
      dayOfWeekStartIndexZero: true,
      verbose: false,
    })}${never}`;
  } catch {
    const [minute, hour, dom, month, dow] = syntax.split(" ");
    return `At minute ${minute}, hour ${hour}, day-of-month ${dom}, month ${month}, day-of-week ${dow}`;
  }
}

const WEEKDAYS_KO = ["일요일", "월요일", "화요일", "수요일", "목요일", "금요일", "토요일"];

function hourKo(hour: number): string {
  if (hour < 12) return `오전 ${hour}시`;
  return `오후 ${hour === 12 ? 12 : hour - 12}시`;
}

function clockKo(hour: number, minute: number): string {
  if (minute === 0 && hour === 0) return "자정";
  if (minute === 0 && hour === 12) return "정오";
  return minute === 0 ? hourKo(hour) : `${hourKo(hour)} ${minute}분`;
}

/** True when every item is a single value: a plain list such as `9,17`. */
function plainValues(field: Field): boolean {
  return field.items.every((item) => !item.star && !item.open && item.start === item.end);
}

function minutesKo(field: Field): string {
  if (isFull(field)) return "매분";
  if (plainValues(field)) return `매시 ${field.values.map((m) => `${m}분`).join(", ")}`;
  const parts = field.items.map((item) => {
    if (item.star) return `${item.step}분마다`;
    if (item.open) return `매시 ${item.start}분부터 ${item.step}분마다`;
    if (item.start === item.end) return `매시 ${item.start}분`;
    const range = `매시 ${item.start}분부터 ${item.end}분까지`;
    return item.step === 1 ? `${range} 매분` : `${range} ${item.step}분마다`;
  });
  return parts.join(", ");
}

/** Which hours a job with a single minute runs in, e.g. "오전 9시부터 오후 5시까지 매시". */
function hoursKo(field: Field): string {
  return field.items
    .map((item) => {
      if (item.star) return `${item.step}시간마다`;
      if (item.open) return `${hourKo(item.start)}부터 ${item.step}시간마다`;
      if (item.start === item.end) return hourKo(item.start);
      const range = `${hourKo(item.start)}부터 ${hourKo(item.end)}까지`;
      return item.step === 1 ? `${range} 매시` : `${range} ${item.step}시간마다`;
    })
    .join(", ");
}

/** The hours a job with several minutes runs in, e.g. "오전 9시부터 오후 5시 59분까지". */
function hourWindowKo(field: Field): string {
  if (plainValues(field)) return `${field.values.map((h) => `${hourKo(h)}대`).join(", ")}에`;
  return field.items
    .map((item) => {
      if (item.star) return `오전 0시부터 ${item.step}시간 간격의 각 시간대에`;
      if (item.open) return `${hourKo(item.start)}부터 ${item.step}시간 간격의 각 시간대에`;
      if (item.start === item.end) return `${hourKo(item.start)}대에`;
      if (item.step === 1) return `${hourKo(item.start)}부터 ${hourKo(item.end)} 59분까지`;
      return `${hourKo(item.start)}부터 ${hourKo(item.end)}까지 ${item.step}시간 간격의 각 시간대에`;
    })
    .join(", ");
}

function timeKo(spec: CronSpec): { readonly text: string; readonly fixed: boolean } {
  const { minute, hour } = spec;
  const single = minute.values.length === 1 ? minute.values[0] : undefined;
  if (single !== undefined) {
    const at = single === 0 ? "정각" : `${single}분`;
    if (isFull(hour)) return { text: `매시 ${at}`, fixed: false };
    if (plainValues(hour))
      return { text: hour.values.map((h) => clockKo(h, single)).join(", "), fixed: true };
    return { text: `${hoursKo(hour)} ${at}`, fixed: false };
  }
  const minutes = minutesKo(minute);
  if (isFull(hour)) return { text: minutes, fixed: false };
  return { text: `${hourWindowKo(hour)} ${minutes}`, fixed: false };
}

function monthsKo(field: Field): { readonly text: string; readonly plain: boolean } {
  let plain = true;
  const parts = field.items.map((item) => {
    if (!item.star && !item.open && item.step === 1 && item.start !== item.end) {
      plain = false;
      return `${item.start}월부터 ${item.end}월까지`;
    }
    const values: string[] = [];
    for (let m = item.start; m <= item.end; m += item.step) values.push(`${m}월`);
    return values.join(", ");
  });
  return { text: parts.join(", "), plain };
}

function daysOfMonthKo(field: Field): string {
  return field.items
    .map((item) => {
      if (item.star) return `1일부터 ${item.step}일마다`;
      if (item.open) return `${item.start}일부터 ${item.step}일마다`;
      if (item.start === item.end) return `${item.start}일`;
      const range = `${item.start}일부터 ${item.end}일까지`;
      return item.step === 1 ? range : `${range} ${item.step}일마다`;
    })
    .join(", ");
}

function weekdaysKo(field: Field): string {
  return field.items
    .map((item) => {
      if (!item.star && !item.open && item.step === 1 && item.start !== item.end) {
        return `${WEEKDAYS_KO[item.start]}부터 ${WEEKDAYS_KO[item.end]}까지`;
      }
      const names: string[] = [];
      for (let d = item.start; d <= item.end; d += item.step) names.push(WEEKDAYS_KO[d] ?? "");
      return names.join(", ");
    })
    .join(", ");
}

function daysKo(spec: CronSpec): string {
  const { dayOfMonth: dom, dayOfWeek: dow, month } = spec;
  let domText: string | undefined;
  let dowText: string | undefined;
  if (dom.star && dow.star) {
    // every day
  } else if (dom.star) {
    dowText = isFull(dow) ? undefined : weekdaysKo(dow);
  } else if (dow.star) {
    domText = isFull(dom) ? undefined : daysOfMonthKo(dom);
  } else if (!isFull(dom) && !isFull(dow)) {
    // robfig's OR: a day matching either field; a field with no values adds nothing.
    domText = dom.values.length === 0 ? undefined : daysOfMonthKo(dom);
    dowText = dow.values.length === 0 ? undefined : weekdaysKo(dow);
  }
  const months = isFull(month) ? undefined : monthsKo(month);

  if (domText === undefined && dowText === undefined) return months ? `${months.text} 매일` : "매일";
  if (domText !== undefined && dowText === undefined) {
    if (!months) return `매월 ${domText}`;
    return months.plain ? `매년 ${months.text} ${domText}` : `${months.text} 매월 ${domText}`;
  }
  if (domText === undefined) return months ? `${months.text} 매주 ${dowText}` : `매주 ${dowText}`;
  return months ? `${months.text}의 ${domText} 또는 ${dowText}` : `매월 ${domText} 또는 매주 ${dowText}`;
}

function describeKorean(spec: Spec): string {
  if (spec.kind === "every") return `이전 실행부터 ${durationKorean(spec.seconds)}마다`;
  const empty = emptyField(spec);
  if (empty) return `실행되지 않는다(${empty.info.ko} 필드에 값이 없다)`;
  const days = daysKo(spec);
  const time = timeKo(spec);
  let text: string;
  if (time.fixed) text = `${days} ${time.text}`;
  else text = days === "매일" ? time.text : `${days}, ${time.text}`;
  return impossibleDate(spec) ? `${text}(이 날짜는 없으므로 실행되지 않는다)` : text;
}

/** A short description of the schedule; throws an Error if Kubernetes would reject it. */
export function describeSchedule(schedule: string, lang: Lang): string {
  const spec = parseOrThrow(schedule);
  return lang === "ko" ? describeKorean(spec) : describeEnglish(spec);
}

/** The schedule, its description and its next runs, each run also shown as a local time in the zone. */
export function explainSchedule(
  schedule: string,
  options: { timeZone?: string; count?: number; from?: Date; lang?: Lang } = {},
): ScheduleExplanation {
  const lang = options.lang ?? "en";
  const timeZone = options.timeZone ?? "UTC";
  const description = describeSchedule(schedule, lang);
  const runs = nextRuns(schedule, { timeZone, count: options.count, from: options.from });
  const format = new Intl.DateTimeFormat(lang === "ko" ? "ko-KR" : "en-US", {
    timeZone: ALWAYS_UTC.has(timeZone) ? "UTC" : timeZone,
    year: "numeric",
    month: "short",
    day: "numeric",
    weekday: "short",
    hour: lang === "ko" ? "2-digit" : "numeric",
    minute: "2-digit",
    // Korean schedules read in 24-hour time; it also avoids "AM" where a browser's ICU lacks Korean day periods.
    ...(lang === "ko" ? { hourCycle: "h23" as const } : {}),
    timeZoneName: "short",
  });
  return {
    schedule,
    timeZone,
    description,
    nextRuns: runs.map((run) => ({ iso: run.toISOString(), local: format.format(run) })),
  };
}
