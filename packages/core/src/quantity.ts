/**
 * Kubernetes resource quantities ("500m", "1.5", "256Mi", "1e3"), parsed and compared exactly as
 * k8s.io/apimachinery `pkg/api/resource` does (quantity.go `ParseQuantity` and `parseQuantityString`,
 * suffix.go `interpret`, math.go `maxAllowed`).
 *
 * What the API server does with a quantity string, and so what this module does:
 * - `UnmarshalJSON` strips the quotes and `strings.TrimSpace`s the raw JSON text before parsing, so spaces
 *   around the value are accepted. Tabs, line breaks, U+2028 and U+2029 arrive escaped in JSON ("\n") and are
 *   therefore rejected; see `isTrimmedSpace`.
 * - `<sign><digits>[.<digits>]<suffix>`, where either digit run may be empty ("1.", ".5" and even "." or
 *   "-" parse, as zero), and the suffix is one of n u m "" k M G T P E, Ki Mi Gi Ti Pi Ei, or e/E followed by
 *   a signed int64 exponent (which Go then truncates to int32).
 * - The value is exact, then its magnitude is rounded up to a multiple of 10^-9 ("0.1n" is "1n"), and a
 *   binary-suffixed value is capped at 2^63-1 ("8Ei" equals "9223372036854775807"). Decimal values are not
 *   capped ("100E" is 10^20).
 * - Quirks kept: a number without any digit is zero ("Gi", "k", "."), except where Go leaves its int64 fast
 *   path and then fails to parse the empty number: binary suffixes Pi and Ei and exponents below -9
 *   (".e-10", "Ei" are rejected).
 *
 * The one place this differs: Go truncates an exponent to int32 (kept here: "1e4294967296" is 1), but then
 * also computes scales in int32, which overflows for exponents at or near -2^31 ("1e2147483648" truncates to
 * -2^31, and Go's scale negation turns that into 10^2147483648). This module uses the truncated exponent
 * exactly instead ("1e2147483648" is 10^-2147483648, which rounds up to 1n).
 */
import type { FormatProblem } from "./formats.js";
import type { Text } from "./i18n.js";

/**
 * An exact quantity: its value is `mantissa × 10^exponent`. The mantissa has no trailing decimal zeros (zero
 * is `0n` with exponent 0), so equal values have equal fields. `format` is the suffix family Kubernetes
 * remembers for printing; it does not take part in comparisons.
 */
export interface Quantity {
  readonly mantissa: bigint;
  readonly exponent: number;
  readonly format: "DecimalSI" | "BinarySI" | "DecimalExponent";
}

// ---------------------------------------------------------------------------------------------------------
// Scanner. The results of the last scan live in these module variables so that checking a value allocates
// nothing; every function that calls `scan` reads them before calling anything else that might scan.

const OK = 0;
const EMPTY = 1;
const BAD_FORMAT = 2;
const BAD_SUFFIX = 3;
const NO_DIGITS = 4;

const DECIMAL_SI = 0;
const BINARY_SI = 1;
const DECIMAL_EXPONENT = 2;

let scanStart = 0;
let scanEnd = 0;
let scanNegative = false;
/** Whether the number part has any digit character at all (leading zeros included). */
let scanHasDigit = false;
/** Whether the number part has a digit other than 0. */
let scanNonZero = false;
let scanIntStart = 0;
let scanIntEnd = 0;
let scanFracStart = 0;
let scanFracEnd = 0;
/** Where the number ends and the suffix begins. */
let scanNumberEnd = 0;
let scanFormat = DECIMAL_SI;
/** Power of 10 (decimal formats) or of 2 (binary format) that the suffix stands for. */
let scanExponent = 0;

/**
 * The whitespace Go's `strings.TrimSpace` removes and that JSON carries unescaped, so that it reaches
 * `UnmarshalJSON` as itself: space, U+0085, U+00A0, U+1680, U+2000-U+200A, U+202F, U+205F, U+3000.
 */
function isTrimmedSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The characters Go's scanner accepts at the start of a suffix: `eEinumkKMGTP`. */
function isSuffixLetter(code: number): boolean {
  switch (code) {
    case 0x65: // e
    case 0x45: // E
    case 0x69: // i
    case 0x6e: // n
    case 0x75: // u
    case 0x6d: // m
    case 0x6b: // k
    case 0x4b: // K
    case 0x4d: // M
    case 0x47: // G
    case 0x54: // T
    case 0x50: // P
      return true;
    default:
      return false;
  }
}

/** Scans `text` the way `ParseQuantity(strings.TrimSpace(text))` does and returns a status code. */
function scan(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isTrimmedSpace(text.charCodeAt(start))) start++;
  while (end > start && isTrimmedSpace(text.charCodeAt(end - 1))) end--;
  scanStart = start;
  scanEnd = end;
  scanNegative = false;
  scanHasDigit = false;
  scanNonZero = false;
  scanFormat = DECIMAL_SI;
  scanExponent = 0;
  if (start === end) return EMPTY;

  let pos = start;
  const first = text.charCodeAt(pos);
  if (first === 0x2d) {
    scanNegative = true;
    pos++;
  } else if (first === 0x2b) {
    pos++;
  }
  while (pos < end && text.charCodeAt(pos) === 0x30) {
    scanHasDigit = true;
    pos++;
  }
  scanIntStart = pos;
  scanFracStart = pos;
  scanFracEnd = pos;
  if (pos >= end) {
    // Only a sign and zeros (or nothing): Go returns zero right here, without looking for a suffix.
    scanIntEnd = pos;
    scanNumberEnd = pos;
    return OK;
  }
  while (pos < end && isDigit(text.charCodeAt(pos))) pos++;
  scanIntEnd = pos;
  if (scanIntEnd > scanIntStart) {
    // Leading zeros were skipped, so the first of these digits is not 0.
    scanHasDigit = true;
    scanNonZero = true;
  }
  if (pos < end && text.charCodeAt(pos) === 0x2e) {
    pos++;
    scanFracStart = pos;
    while (pos < end) {
      const code = text.charCodeAt(pos);
      if (!isDigit(code)) break;
      scanHasDigit = true;
      if (code !== 0x30) scanNonZero = true;
      pos++;
    }
    scanFracEnd = pos;
  }
  scanNumberEnd = pos;

  // The suffix: letters from `eEinumkKMGTP`, then an optional sign, then digits, then the end.
  const suffixStart = pos;
  while (pos < end && isSuffixLetter(text.charCodeAt(pos))) pos++;
  const lettersEnd = pos;
  if (pos < end) {
    const code = text.charCodeAt(pos);
    if (code === 0x2b || code === 0x2d) pos++;
  }
  while (pos < end && isDigit(text.charCodeAt(pos))) pos++;
  if (pos < end) return BAD_FORMAT;

  const status = interpretSuffix(text, suffixStart, lettersEnd, end);
  if (status !== OK) return status;
  if (!scanHasDigit) {
    // Go parses a digit-less number as 0 on its int64 fast path, but its slow path hands the (digit-less)
    // text to inf.Dec, which fails. The slow path is taken when the scale drops below nano, or, for binary
    // suffixes, when its precision estimate `15 - 1 - exponent*3/10 - 1` goes negative (Pi and Ei).
    if (scanFormat === BINARY_SI ? 13 - Math.trunc((scanExponent * 3) / 10) < 0 : scanExponent < -9) {
      return NO_DIGITS;
    }
  }
  return OK;
}

/** suffix.go `interpret`: sets `scanFormat` and `scanExponent`. */
function interpretSuffix(text: string, from: number, lettersEnd: number, end: number): number {
  const length = end - from;
  if (length === 0) return OK;
  const first = text.charCodeAt(from);
  if (length === 1) {
    switch (first) {
      case 0x6e: // n
        scanExponent = -9;
        return OK;
      case 0x75: // u
        scanExponent = -6;
        return OK;
      case 0x6d: // m
        scanExponent = -3;
        return OK;
      case 0x6b: // k
        scanExponent = 3;
        return OK;
      case 0x4d: // M
        scanExponent = 6;
        return OK;
      case 0x47: // G
        scanExponent = 9;
        return OK;
      case 0x54: // T
        scanExponent = 12;
        return OK;
      case 0x50: // P
        scanExponent = 15;
        return OK;
      case 0x45: // E
        scanExponent = 18;
        return OK;
      default:
        return BAD_SUFFIX;
    }
  }
  if (length === 2 && text.charCodeAt(from + 1) === 0x69) {
    let power = 0;
    switch (first) {
      case 0x4b: // Ki
        power = 10;
        break;
      case 0x4d: // Mi
        power = 20;
        break;
      case 0x47: // Gi
        power = 30;
        break;
      case 0x54: // Ti
        power = 40;
        break;
      case 0x50: // Pi
        power = 50;
        break;
      case 0x45: // Ei
        power = 60;
        break;
    }
    if (power !== 0) {
      scanFormat = BINARY_SI;
      scanExponent = power;
      return OK;
    }
  }
  // "e" or "E" followed by what strconv.ParseInt(s, 10, 64) accepts: an optional sign and digits.
  if ((first === 0x65 || first === 0x45) && lettersEnd === from + 1) {
    let digitsStart = lettersEnd;
    const sign = text.charCodeAt(digitsStart);
    if (sign === 0x2b || sign === 0x2d) digitsStart++;
    if (digitsStart >= end) return BAD_SUFFIX;
    const exponent = int32FromInt64Text(text, lettersEnd, digitsStart, end);
    if (exponent === undefined) return BAD_SUFFIX;
    scanFormat = DECIMAL_EXPONENT;
    scanExponent = exponent;
    return OK;
  }
  return BAD_SUFFIX;
}

/**
 * Reads `[sign]digits` as Go's ParseInt(…, 10, 64) would, then truncates it to int32 as `int32(parsed)`
 * does. Undefined when the value does not fit int64.
 */
function int32FromInt64Text(
  text: string,
  signAt: number,
  digitsStart: number,
  end: number,
): number | undefined {
  const negative = signAt < digitsStart && text.charCodeAt(signAt) === 0x2d;
  let significant = digitsStart;
  while (significant < end - 1 && text.charCodeAt(significant) === 0x30) significant++;
  const length = end - significant;
  if (length <= 15) {
    const magnitude = Number(text.slice(significant, end));
    // `| 0` is ToInt32: the value modulo 2^32, like Go's conversion of an int64 to int32.
    return (negative ? -magnitude : magnitude) | 0;
  }
  if (length > 19) return undefined;
  const magnitude = BigInt(text.slice(significant, end));
  if (negative ? magnitude > INT64_MAX + 1n : magnitude > INT64_MAX) return undefined;
  return Number(BigInt.asIntN(32, negative ? -magnitude : magnitude));
}

const INT64_MAX = 9223372036854775807n;
const FORMAT_NAMES = ["DecimalSI", "BinarySI", "DecimalExponent"] as const;

// ---------------------------------------------------------------------------------------------------------
// Parsing and comparing

/**
 * Parsed strings, remembered: a set of specs repeats a handful of amounts ("100m", "64Mi", "1Gi") and parsing
 * goes through BigInt. Results are frozen, since callers share them. Bounded, so that a long-lived process (a
 * language server, the playground) does not grow without end.
 */
const PARSED = new Map<string, Quantity | null>();
const REMEMBERED = 1024;

/** Parses a quantity string or JSON number; undefined when Kubernetes would reject it. */
export function parseQuantity(value: string | number): Quantity | undefined {
  if (typeof value !== "string") return parseFresh(value);
  const known = PARSED.get(value);
  if (known !== undefined) return known ?? undefined;
  const parsed = parseFresh(value);
  if (PARSED.size >= REMEMBERED) PARSED.clear();
  PARSED.set(value, parsed ? Object.freeze(parsed) : null);
  return parsed;
}

function parseFresh(value: string | number): Quantity | undefined {
  let text: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return undefined;
    text = String(value);
  } else if (typeof value === "string") {
    text = value;
  } else {
    return undefined;
  }
  if (scan(text) !== OK) return undefined;

  const negative = scanNegative;
  const binary = scanFormat === BINARY_SI;
  let format: Quantity["format"] = FORMAT_NAMES[scanFormat]!;
  const suffixPower = scanExponent;
  const fracLength = scanFracEnd - scanFracStart;
  let digits = text.slice(scanIntStart, scanIntEnd) + text.slice(scanFracStart, scanFracEnd);
  let exponent = (binary ? 0 : suffixPower) - fracLength;

  let cut = digits.length;
  while (cut > 0 && digits.charCodeAt(cut - 1) === 0x30) cut--;
  if (cut === 0) return { mantissa: 0n, exponent: 0, format };
  exponent += digits.length - cut;
  digits = digits.slice(0, cut);

  let mantissa = BigInt(digits);
  if (binary) mantissa <<= BigInt(suffixPower);

  // Round the magnitude up to a whole number of nano units (inf.RoundUp at scale 9).
  if (exponent < -9) {
    const drop = -9 - exponent;
    // The mantissa is below 10^(digits + 19) (a binary suffix multiplies by at most 2^60), so when more
    // digits than that are dropped, the value is a positive amount under one nano unit.
    if (drop > digits.length + 19) {
      mantissa = 1n;
    } else {
      const divisor = 10n ** BigInt(drop);
      const quotient = mantissa / divisor;
      mantissa = quotient * divisor === mantissa ? quotient : quotient + 1n;
    }
    exponent = -9;
  }

  if (binary) {
    // Binary-suffixed amounts are capped at the largest int64; ones under 1 print as DecimalSI.
    if (
      exponent >= 0
        ? mantissa * 10n ** BigInt(exponent) > INT64_MAX
        : mantissa > INT64_MAX * 10n ** BigInt(-exponent)
    ) {
      mantissa = INT64_MAX;
      exponent = 0;
    } else if (exponent < 0 && mantissa < 10n ** BigInt(-exponent)) {
      format = "DecimalSI";
    }
  }

  while (mantissa !== 0n && mantissa % 10n === 0n) {
    mantissa /= 10n;
    exponent++;
  }
  return { mantissa: negative ? -mantissa : mantissa, exponent, format };
}

/** Exact comparison: -1 when a < b, 0 when equal, 1 when a > b. */
export function compareQuantities(a: Quantity, b: Quantity): -1 | 0 | 1 {
  const signA = a.mantissa > 0n ? 1 : a.mantissa < 0n ? -1 : 0;
  const signB = b.mantissa > 0n ? 1 : b.mantissa < 0n ? -1 : 0;
  if (signA !== signB) return signA < signB ? -1 : 1;
  if (signA === 0) return 0;
  const gap = a.exponent - b.exponent;
  if (gap !== 0 && Math.abs(gap) > 40) {
    // Far apart exponents: compare the position of the leading digit first, so that no huge power of ten is
    // ever built. Equal positions mean the gap is at most the difference in digit counts.
    const orderA = digitCount(a.mantissa) + a.exponent;
    const orderB = digitCount(b.mantissa) + b.exponent;
    if (orderA !== orderB) return orderA < orderB === signA > 0 ? -1 : 1;
  }
  let left = a.mantissa;
  let right = b.mantissa;
  if (gap > 0) left *= 10n ** BigInt(gap);
  else if (gap < 0) right *= 10n ** BigInt(-gap);
  return left < right ? -1 : left > right ? 1 : 0;
}

function digitCount(value: bigint): number {
  const text = value.toString();
  return value < 0n ? text.length - 1 : text.length;
}

/** The value as a JavaScript number in base units (cores, bytes): approximate, may be ±Infinity. */
export function quantityToNumber(q: Quantity): number {
  const mantissa = Number(q.mantissa);
  if (q.exponent === 0 || mantissa === 0) return mantissa;
  // Dividing by an exact power of ten rounds once; multiplying by an inexact 10^-n would round twice.
  return q.exponent > 0 ? mantissa * 10 ** q.exponent : mantissa / 10 ** -q.exponent;
}

/** The value as written, for messages: numbers through `String`, strings trimmed. */
export function formatQuantity(value: string | number): string {
  return typeof value === "number" ? String(value) : String(value).trim();
}

// ---------------------------------------------------------------------------------------------------------
// Checks

const QUANTITY_RULE: Text = {
  en: 'must be a Kubernetes quantity: a number with an optional suffix (n, u, m, k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei) or exponent (e3), such as "500m", "0.5", "1e3" or "256Mi"',
  ko: '"500m", "0.5", "1e3", "256Mi" 같은 쿠버네티스 수량(quantity) 형식이어야 한다. 숫자 뒤에 접미사(n, u, m, k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei)나 지수(e3)를 붙일 수 있다.',
};
const NEGATIVE_RULE: Text = {
  en: "must not be negative: a resource amount is 0 or more",
  ko: "음수일 수 없다. 리소스 양은 0 이상이어야 한다.",
};
const QUANTITY_EXAMPLE: Text = {
  en: 'write a number with a Kubernetes suffix, such as "500m" (half a CPU) or "256Mi" (256 × 2^20 bytes)',
  ko: '"500m"(CPU 0.5개), "256Mi"(256 × 2^20바이트)처럼 숫자에 쿠버네티스 접미사를 붙여 쓴다.',
};

/** A quantity (`resource.Quantity`) as a string or a number. */
export function checkQuantity(value: unknown): FormatProblem | undefined {
  if (typeof value === "number") {
    // Every finite number prints (String) as something ParseQuantity accepts, "1e+21" included.
    return Number.isFinite(value) ? undefined : quantityProblem(value, OK);
  }
  if (typeof value === "string") {
    const status = scan(value);
    return status === OK ? undefined : quantityProblem(value, status);
  }
  return quantityProblem(value, OK);
}

/** Strings already found to be valid non-negative quantities (only those: a problem is built fresh each time). */
const NON_NEGATIVE = new Set<string>();

/** A quantity that is also at least 0 (`ValidateNonnegativeQuantity`), as resource requests and limits must be. */
export function checkNonNegativeQuantity(value: unknown): FormatProblem | undefined {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return quantityProblem(value, OK);
    return value < 0 ? negativeProblem(String(-value)) : undefined;
  }
  if (typeof value === "string") {
    if (NON_NEGATIVE.has(value)) return undefined;
    const status = scan(value);
    if (status !== OK) return quantityProblem(value, status);
    // Rounding moves a non-zero magnitude away from zero, never onto it, so any non-zero digit after a '-'
    // makes the quantity negative ("-0.0000000001" is -1n); "-0" and "-" are zero.
    if (scanNegative && scanNonZero) return negativeProblem(value.slice(scanStart + 1, scanEnd));
    if (NON_NEGATIVE.size >= REMEMBERED) NON_NEGATIVE.clear();
    NON_NEGATIVE.add(value);
    return undefined;
  }
  return quantityProblem(value, OK);
}

function negativeProblem(positive: string): FormatProblem {
  const shown = JSON.stringify(positive);
  return {
    rule: "format.quantity-negative",
    message: NEGATIVE_RULE,
    fix: {
      en: `remove the minus sign (${shown}) or use 0`,
      ko: `빼기 부호를 없애거나(${shown}) 0을 쓴다.`,
    },
  };
}

/** "null", "an array", "a boolean"... for messages about values of the wrong type. */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  const type = typeof value;
  return type === "object" ? "an object" : `a ${type}`;
}

/** Builds the problem for an invalid quantity; `status` comes from `scan` (OK for a non-string). */
function quantityProblem(value: unknown, status: number): FormatProblem {
  const make = (detail: Text, fix: Text): FormatProblem => ({
    rule: "format.quantity",
    message: { en: `${QUANTITY_RULE.en}; ${detail.en}`, ko: `${detail.ko} ${QUANTITY_RULE.ko}` },
    fix,
  });
  if (typeof value === "number") {
    return make({ en: "it is not a finite number", ko: "유한한 수가 아니다." }, QUANTITY_EXAMPLE);
  }
  if (typeof value !== "string") {
    return make(
      {
        en: `it is ${kindOf(value)}, not a string or a number`,
        ko: "값이 문자열이나 수가 아니다.",
      },
      QUANTITY_EXAMPLE,
    );
  }
  if (status === EMPTY) return make({ en: "it is empty", ko: "값이 비어 있다." }, QUANTITY_EXAMPLE);

  // Copy what the failed scan found before any suggestion is scanned.
  const start = scanStart;
  const end = scanEnd;
  const numberEnd = scanNumberEnd;
  const hasDigit = scanHasDigit;
  const trimmed = value.slice(start, end);

  if (trimmed.trim() !== trimmed) {
    return make(
      {
        en: "it has a tab or line break at the start or end (Kubernetes only trims spaces)",
        ko: "앞이나 뒤에 탭이나 줄바꿈이 있다(쿠버네티스는 공백만 잘라 낸다).",
      },
      scan(trimmed.trim()) === OK ? useInstead(trimmed.trim()) : QUANTITY_EXAMPLE,
    );
  }
  if (/\s/.test(trimmed)) {
    const compact = trimmed.replace(/\s+/g, "");
    return make(
      { en: "it contains whitespace", ko: "공백 문자가 들어 있다." },
      compact.length > 0 && scan(compact) === OK ? useInstead(compact) : QUANTITY_EXAMPLE,
    );
  }
  if (status === NO_DIGITS) {
    return make(
      { en: "there is no digit before the suffix", ko: "접미사 앞에 숫자가 없다." },
      useInstead(`1${trimmed.replace(/^[+-]?\.?/, "")}`),
    );
  }
  if (!hasDigit && numberEnd === start) {
    return make({ en: "it does not start with a number", ko: "숫자로 시작하지 않는다." }, QUANTITY_EXAMPLE);
  }
  const number = value.slice(start, numberEnd);
  const tail = value.slice(numberEnd, end);
  const shownTail = JSON.stringify(tail);
  const detail: Text = {
    en: `${shownTail} after the number is not a quantity suffix`,
    ko: `숫자 뒤의 ${shownTail} 부분은 수량 접미사가 아니다.`,
  };
  return make(detail, suggestSuffix(number, tail) ?? QUANTITY_EXAMPLE);
}

/** Decimal and binary suffixes for the letter people write with units like "GB" or "gib". */
const UNIT_LETTERS: Readonly<Record<string, readonly [string, string, string, string]>> = {
  // letter: [decimal suffix, binary suffix, decimal power, binary power]
  k: ["k", "Ki", "10^3", "2^10"],
  m: ["M", "Mi", "10^6", "2^20"],
  g: ["G", "Gi", "10^9", "2^30"],
  t: ["T", "Ti", "10^12", "2^40"],
  p: ["P", "Pi", "10^15", "2^50"],
  e: ["E", "Ei", "10^18", "2^60"],
};

function suggestSuffix(number: string, tail: string): Text | undefined {
  let unit = tail.toLowerCase();
  if (unit === "b" || unit === "bytes") {
    return scan(number) === OK ? useInstead(number) : undefined;
  }
  if (unit.endsWith("b")) unit = unit.slice(0, -1);
  const binaryIntent = unit.endsWith("i");
  if (binaryIntent) unit = unit.slice(0, -1);
  const entry = UNIT_LETTERS[unit];
  if (entry === undefined) return undefined;
  const [decimal, binary, decimalPower, binaryPower] = entry;
  const decimalValue = JSON.stringify(number + decimal);
  const binaryValue = JSON.stringify(number + binary);
  if (scan(number + binary) !== OK || scan(number + decimal) !== OK) return undefined;
  if (binaryIntent) {
    return {
      en: `use ${binaryValue} (× ${binaryPower}), or ${decimalValue} for × ${decimalPower}; suffixes are case-sensitive`,
      ko: `접미사는 대소문자를 구분한다. ${binaryValue}(× ${binaryPower}) 값을 쓰고, 10진 단위(× ${decimalPower})라면 ${decimalValue} 값을 쓴다.`,
    };
  }
  return {
    en: `use ${decimalValue} (× ${decimalPower}) or ${binaryValue} (× ${binaryPower}); suffixes are case-sensitive`,
    ko: `접미사는 대소문자를 구분한다. ${decimalValue}(× ${decimalPower}) 값이나 ${binaryValue}(× ${binaryPower}) 값을 쓴다.`,
  };
}

function useInstead(suggestion: string): Text {
  const shown = JSON.stringify(suggestion);
  return { en: `use ${shown} instead`, ko: `${shown} 값으로 바꾼다.` };
}
