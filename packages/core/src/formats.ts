/**
 * String formats the Kubernetes API server enforces, checked the way it checks them.
 *
 * Sources (kubernetes/apimachinery, read at the commit noted in each test file):
 * - `pkg/api/validate/content/dns.go` and `pkg/util/validation/validation.go`: DNS-1123 labels and
 *   subdomains, IANA service (port) names, percent strings, relaxed environment variable names.
 * - `pkg/api/validate/content/kube.go`: label keys (qualified names) and label values.
 * - `pkg/api/validation/objectmeta.go`: annotation keys are label keys checked after `strings.ToLower`.
 * - `pkg/util/intstr/intstr.go`: `GetScaledValueFromIntOrPercent`.
 *
 * Every check returns `undefined` for a valid value, so the common path costs one length comparison and one
 * precompiled regular expression test and allocates nothing. Problems are only built for invalid values.
 */
import type { Text } from "./i18n.js";

/** What is wrong with a value and how to fix it, in both languages. */
export interface FormatProblem {
  readonly rule: string;
  readonly message: Text;
  readonly fix: Text;
}

// ---------------------------------------------------------------------------------------------------------
// Patterns (the same languages as the Go regular expressions they are named after)

/** `dns1123LabelFmt`: `[a-z0-9]([-a-z0-9]*[a-z0-9])?` */
const DNS1123_LABEL = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;
/** `dns1123SubdomainFmt`: labels joined by dots. */
const DNS1123_SUBDOMAIN = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;
/**
 * The same subdomain language with ASCII letters of either case. Annotation keys are lowercased before they
 * are checked, so an upper-case prefix is fine there. Without the `u` flag, `i` folds ASCII letters only.
 */
const DNS1123_SUBDOMAIN_ANY_CASE = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/i;
/** `labelKeyFmt` (the name part of a qualified name): `([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]` */
const QUALIFIED_NAME = /^[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
/** A DNS-1123 subdomain, '/', and a qualified name: a label key with a prefix, tested without slicing it. */
const PREFIXED_KEY =
  /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*\/[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
/** The same with a prefix in any letter case (the name part allows both cases anyway). */
const PREFIXED_KEY_ANY_CASE =
  /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*\/[a-z0-9](?:[-a-z0-9_.]*[a-z0-9])?$/i;
/** `labelValueFmt`: a qualified name, or nothing. */
const LABEL_VALUE = /^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;
/** IANA_SVC_NAME: `[-a-z0-9]+` without a leading, trailing or doubled '-' (the letter is tested apart). */
const PORT_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HAS_LOWER_LETTER = /[a-z]/;
/** `IsRelaxedEnvVarName`: printable ASCII (0x20 to 0x7e) except '='. */
const RELAXED_ENV_NAME = /^[\x20-\x3c\x3e-\x7e]+$/;
/** `percentFmt`: `[0-9]+%` */
const PERCENT = /^[0-9]+%$/;
/** What `strconv.Atoi` accepts (base 10, optional sign, no underscores). */
const ATOI = /^[+-]?[0-9]+$/;

/**
 * A container image reference as github.com/distribution/reference (regexp.go) defines it:
 * `[domain[:port]/]path[/path...][:tag][@algorithm:hex]`, path components in lower case.
 */
const IMAGE_REFERENCE = (() => {
  const domainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
  const host = `(?:${domainComponent}(?:\\.${domainComponent})*|\\[[a-fA-F0-9:]+\\])`;
  const domain = `${host}(?::[0-9]+)?`;
  const pathComponent = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
  const name = `(?:${domain}/)?${pathComponent}(?:/${pathComponent})*`;
  const tag = "[\\w][\\w.-]{0,127}";
  const digest = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
  return new RegExp(`^(${name})(?::${tag})?(?:@${digest})?$`);
})();
/** `NameTotalLengthMax` in distribution/reference. */
const IMAGE_NAME_MAX = 255;
const ANY_WHITESPACE = /\s/;

const DNS1123_LABEL_MAX = 63;
const DNS1123_SUBDOMAIN_MAX = 253;
const QUALIFIED_NAME_MAX = 63;
const LABEL_VALUE_MAX = 63;
const PORT_NAME_MAX = 15;
const INT32_MAX = 2147483647;

// ---------------------------------------------------------------------------------------------------------
// Rule descriptions

const DNS1123_LABEL_RULE: Text = {
  en: "must be a DNS-1123 label: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters",
  ko: "DNS-1123 레이블이어야 한다. 영문 소문자, 숫자, '-'만 쓸 수 있고, 영문자나 숫자로 시작하고 끝나야 하며, 길이는 63자 이하다.",
};
const DNS1123_SUBDOMAIN_RULE: Text = {
  en: "must be a DNS-1123 subdomain: lowercase letters, digits, '-' and '.', each dot-separated part starting and ending with a letter or digit, at most 253 characters",
  ko: "DNS-1123 서브도메인이어야 한다. 영문 소문자, 숫자, '-', '.'만 쓸 수 있고, 점으로 나뉜 부분마다 영문자나 숫자로 시작하고 끝나야 하며, 전체 길이는 253자 이하다.",
};
const LABEL_KEY_RULE: Text = {
  en: "must be a label key: an optional DNS subdomain prefix and '/', then a name of at most 63 letters, digits, '-', '_' or '.' that starts and ends with a letter or digit (e.g. \"app\" or \"example.com/tier\")",
  ko: "\"app\"이나 \"example.com/tier\" 같은 레이블 키 형식이어야 한다. 앞에 DNS 서브도메인 접두사와 '/'를 붙일 수 있고, 그 뒤의 이름은 영문자, 숫자, '-', '_', '.'로 이루어진 63자 이하의 문자열이며 영문자나 숫자로 시작하고 끝나야 한다.",
};
const ANNOTATION_KEY_RULE: Text = {
  en: "must be an annotation key: an optional DNS subdomain prefix (any letter case) and '/', then a name of at most 63 letters, digits, '-', '_' or '.' that starts and ends with a letter or digit (e.g. \"example.com/owner\")",
  ko: "\"example.com/owner\" 같은 어노테이션 키 형식이어야 한다. 앞에 DNS 서브도메인 접두사(대소문자 무관)와 '/'를 붙일 수 있고, 그 뒤의 이름은 영문자, 숫자, '-', '_', '.'로 이루어진 63자 이하의 문자열이며 영문자나 숫자로 시작하고 끝나야 한다.",
};
const LABEL_VALUE_RULE: Text = {
  en: "must be a label value: empty, or at most 63 letters, digits, '-', '_' or '.' that start and end with a letter or digit",
  ko: "레이블 값 형식이어야 한다. 빈 문자열이거나, 영문자, 숫자, '-', '_', '.'로 이루어진 63자 이하의 문자열이며 영문자나 숫자로 시작하고 끝나야 한다.",
};
const PORT_NAME_RULE: Text = {
  en: "must be an IANA service name: 1 to 15 lowercase letters, digits and '-', with at least one letter, not starting or ending with '-' and without '--'",
  ko: "IANA 서비스 이름이어야 한다. 영문 소문자, 숫자, '-'로 이루어진 1~15자이고, 영문자가 하나 이상 있어야 하며, 하이픈('-')으로 시작하거나 끝날 수 없고 하이픈 두 개('--')를 연달아 쓸 수 없다.",
};
const ENV_NAME_RULE: Text = {
  en: "must be an environment variable name: one or more printable ASCII characters other than '='",
  ko: "환경 변수 이름은 등호('=')를 뺀, 출력 가능한 ASCII 문자로 이루어진 한 글자 이상의 문자열이어야 한다.",
};
const INT_OR_PERCENT_RULE: Text = {
  en: 'must be a non-negative integer or a percentage string such as "25%"',
  ko: '0 이상의 정수이거나 "25%" 같은 백분율 문자열이어야 한다.',
};
const IMAGE_RULE: Text = {
  en: 'must be a container image reference such as "nginx:1.27" or "registry.example.com/team/app@sha256:<digest>", without spaces and with the repository path in lowercase',
  ko: '"nginx:1.27"이나 "registry.example.com/team/app@sha256:<digest>" 같은 컨테이너 이미지 참조여야 한다. 공백은 쓸 수 없고 저장소 경로는 소문자로 쓴다.',
};

// ---------------------------------------------------------------------------------------------------------
// Building problems (only reached for invalid values)

/** How a detail sentence names the part of the value it talks about, with the Korean particles it needs. */
interface Subject {
  readonly en: string;
  /** Topic form, e.g. "값은". */
  readonly koTopic: string;
  /** Subject form, e.g. "값이". */
  readonly koSubject: string;
  /** Locative form, e.g. "값에". */
  readonly koIn: string;
}

const WHOLE: Subject = { en: "it", koTopic: "값은", koSubject: "값이", koIn: "값에" };
const PREFIX: Subject = {
  en: "the prefix before '/'",
  koTopic: "'/' 앞의 접두사는",
  koSubject: "'/' 앞의 접두사가",
  koIn: "'/' 앞의 접두사에",
};
const NAME_PART: Subject = {
  en: "the name",
  koTopic: "이름 부분은",
  koSubject: "이름 부분이",
  koIn: "이름 부분에",
};

function problem(rule: string, ruleText: Text, detail: Text | undefined, fix: Text): FormatProblem {
  if (detail === undefined) return { rule, message: ruleText, fix };
  return {
    rule,
    message: { en: `${ruleText.en}; ${detail.en}`, ko: `${detail.ko} ${ruleText.ko}` },
    fix,
  };
}

function quoteChar(char: string): string {
  return JSON.stringify(char);
}

/** "null", "an array", "a number"... for messages about values of the wrong type. */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  const type = typeof value;
  return type === "object" ? "an object" : `a ${type}`;
}

function notAStringDetail(value: unknown): Text {
  return { en: `it is ${kindOf(value)}, not a string`, ko: "값이 문자열이 아니다." };
}

/**
 * Names the first thing wrong with `value` for a format made of characters accepted by `allowed` that must
 * start and end with a character accepted by `edge`. Returns undefined when neither check finds a problem
 * (the caller then looks for structural problems of its own).
 */
function describeChars(
  value: string,
  max: number,
  allowed: (code: number) => boolean,
  edge: (code: number) => boolean,
  subject: Subject,
  upperFixable: boolean,
): Text | undefined {
  if (value.length === 0) {
    return { en: `${subject.en} is empty`, ko: `${subject.koSubject} 비어 있다.` };
  }
  if (value.length > max) {
    return {
      en: `${subject.en} is ${value.length} characters long`,
      ko: `${subject.koTopic} 지금 ${value.length}자다.`,
    };
  }
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (allowed(code)) continue;
    if (upperFixable && code >= 0x41 && code <= 0x5a) {
      return { en: `${subject.en} contains uppercase letters`, ko: `${subject.koIn} 대문자가 들어 있다.` };
    }
    if (code === 0x20) {
      return { en: `${subject.en} contains a space`, ko: `${subject.koIn} 공백이 들어 있다.` };
    }
    const shown = quoteChar(char);
    return {
      en: `${subject.en} contains ${shown}, which is not allowed`,
      ko: `${subject.koIn} 들어 있는 ${shown} 문자는 쓸 수 없다.`,
    };
  }
  const first = value.charCodeAt(0);
  if (!edge(first)) {
    const shown = quoteChar(value[0]!);
    return { en: `${subject.en} starts with ${shown}`, ko: `${subject.koTopic} ${shown} 문자로 시작한다.` };
  }
  const last = value.charCodeAt(value.length - 1);
  if (!edge(last)) {
    const shown = quoteChar(value[value.length - 1]!);
    return { en: `${subject.en} ends with ${shown}`, ko: `${subject.koTopic} ${shown} 문자로 끝난다.` };
  }
  return undefined;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
function isLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}
function isUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}
function isLowerAlnum(code: number): boolean {
  return isLower(code) || isDigit(code);
}
function isAlnum(code: number): boolean {
  return isLower(code) || isUpper(code) || isDigit(code);
}
function isLabelChar(code: number): boolean {
  return isLowerAlnum(code) || code === 0x2d;
}
function isSubdomainChar(code: number): boolean {
  return isLabelChar(code) || code === 0x2e;
}
function isQualifiedChar(code: number): boolean {
  return isAlnum(code) || code === 0x2d || code === 0x5f || code === 0x2e;
}

const SUBDOMAIN_PART_DETAIL = (subject: Subject): Text => ({
  en: `${subject.en} has a dot-separated part that is empty or starts or ends with '-'`,
  ko: `${subject.koIn} 비어 있거나 하이픈('-')으로 시작하거나 끝나는, 점으로 나뉜 부분이 있다.`,
});

function describeSubdomain(value: string, subject: Subject, anyCase: boolean): Text {
  const allowed = anyCase ? (code: number) => isSubdomainChar(code) || isUpper(code) : isSubdomainChar;
  const edge = anyCase ? isAlnum : isLowerAlnum;
  return (
    describeChars(value, DNS1123_SUBDOMAIN_MAX, allowed, edge, subject, !anyCase) ??
    SUBDOMAIN_PART_DETAIL(subject)
  );
}

/** Optionally lowercases, turns each run matched by `invalidRun` into '-', trims what `edgeJunk` matches at
 * either end, and shortens the result to `max` characters. */
function sanitizeRun(
  value: string,
  lower: boolean,
  invalidRun: RegExp,
  edgeJunk: RegExp,
  max: number,
): string {
  let out = lower ? value.toLowerCase() : value;
  out = out.replace(invalidRun, "-").replace(edgeJunk, "");
  if (out.length > max) out = out.slice(0, max).replace(edgeJunk, "");
  return out;
}

const LABEL_INVALID_RUN = /[^a-z0-9-]+/g;
const LABEL_EDGE_JUNK = /^[^a-z0-9]+|[^a-z0-9]+$/g;
const QUALIFIED_INVALID_RUN = /[^A-Za-z0-9_.-]+/g;
const QUALIFIED_EDGE_JUNK = /^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g;

function suggestLabel(value: string): string | undefined {
  const out = sanitizeRun(value, true, LABEL_INVALID_RUN, LABEL_EDGE_JUNK, DNS1123_LABEL_MAX);
  return out.length > 0 && DNS1123_LABEL.test(out) ? out : undefined;
}

function suggestSubdomain(value: string): string | undefined {
  const parts = value
    .toLowerCase()
    .split(".")
    .map((part) => part.replace(LABEL_INVALID_RUN, "-").replace(LABEL_EDGE_JUNK, ""))
    .filter((part) => part.length > 0);
  let out = parts.join(".");
  if (out.length > DNS1123_SUBDOMAIN_MAX) {
    out = out.slice(0, DNS1123_SUBDOMAIN_MAX).replace(/[^a-z0-9]+$/, "");
  }
  return out.length > 0 && DNS1123_SUBDOMAIN.test(out) ? out : undefined;
}

function suggestQualifiedName(value: string): string | undefined {
  const out = sanitizeRun(value, false, QUALIFIED_INVALID_RUN, QUALIFIED_EDGE_JUNK, QUALIFIED_NAME_MAX);
  return out.length > 0 && QUALIFIED_NAME.test(out) ? out : undefined;
}

function useInstead(suggestion: string): Text {
  const shown = JSON.stringify(suggestion);
  return { en: `use ${shown} instead`, ko: `${shown} 값으로 바꾼다.` };
}

function useLike(example: string, what: { en: string; ko: string }): Text {
  const shown = JSON.stringify(example);
  return { en: `use ${what.en} like ${shown}`, ko: `${shown} 같은 ${what.ko} 쓴다.` };
}

// The Korean forms carry their object particle, which depends on the noun.
const A_NAME = { en: "a name", ko: "이름을" };
const A_KEY = { en: "a key", ko: "키를" };
const A_VALUE = { en: "a value", ko: "값을" };

// ---------------------------------------------------------------------------------------------------------
// DNS names

/** A DNS-1123 label (`IsDNS1123Label`): container names, most object names with a 63 character limit. */
export function checkDns1123Label(value: string): FormatProblem | undefined {
  if (typeof value === "string" && value.length <= DNS1123_LABEL_MAX && DNS1123_LABEL.test(value)) {
    return undefined;
  }
  return dns1123LabelProblem(value);
}

function dns1123LabelProblem(value: unknown): FormatProblem {
  const rule = "format.dns1123-label";
  if (typeof value !== "string") {
    return problem(rule, DNS1123_LABEL_RULE, notAStringDetail(value), useLike("my-job-1", A_NAME));
  }
  let detail = describeChars(value, DNS1123_LABEL_MAX, isLabelChar, isLowerAlnum, WHOLE, true);
  if (value.length <= DNS1123_LABEL_MAX && value.includes(".") && DNS1123_SUBDOMAIN.test(value)) {
    // Kubernetes says "must not contain dots" for a value that is a valid subdomain but not a label.
    detail = { en: "it contains '.', which a label cannot have", ko: "레이블에는 점('.')을 쓸 수 없다." };
  }
  const suggestion = suggestLabel(value);
  return problem(
    rule,
    DNS1123_LABEL_RULE,
    detail,
    suggestion === undefined ? useLike("my-job-1", A_NAME) : useInstead(suggestion),
  );
}

/** A DNS-1123 subdomain (`IsDNS1123Subdomain`): most object names (`metadata.name`), up to 253 characters. */
export function checkDns1123Subdomain(value: string): FormatProblem | undefined {
  if (typeof value === "string" && value.length <= DNS1123_SUBDOMAIN_MAX && DNS1123_SUBDOMAIN.test(value)) {
    return undefined;
  }
  const rule = "format.dns1123-subdomain";
  if (typeof value !== "string") {
    return problem(rule, DNS1123_SUBDOMAIN_RULE, notAStringDetail(value), useLike("my-app.v1", A_NAME));
  }
  const suggestion = suggestSubdomain(value);
  return problem(
    rule,
    DNS1123_SUBDOMAIN_RULE,
    describeSubdomain(value, WHOLE, false),
    suggestion === undefined ? useLike("my-app.v1", A_NAME) : useInstead(suggestion),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Label and annotation keys, label values

/** True when `key` is a qualified name (`IsLabelKey`); `anyCasePrefix` accepts upper-case prefix letters. */
function isQualifiedKey(key: string, anyCasePrefix: boolean): boolean {
  const slash = key.indexOf("/");
  if (slash === -1) return key.length <= QUALIFIED_NAME_MAX && QUALIFIED_NAME.test(key);
  // Neither part may contain '/', so a match also means there is exactly one.
  if (slash > DNS1123_SUBDOMAIN_MAX || key.length - slash - 1 > QUALIFIED_NAME_MAX) return false;
  return (anyCasePrefix ? PREFIXED_KEY_ANY_CASE : PREFIXED_KEY).test(key);
}

function describeQualifiedKey(key: string, anyCasePrefix: boolean): Text | undefined {
  const slash = key.indexOf("/");
  if (slash !== -1 && key.indexOf("/", slash + 1) !== -1) {
    return { en: "it contains more than one '/'", ko: "'/'가 두 번 이상 들어 있다." };
  }
  const whole = slash === -1;
  if (!whole) {
    const prefix = key.slice(0, slash);
    if (
      !(anyCasePrefix ? DNS1123_SUBDOMAIN_ANY_CASE : DNS1123_SUBDOMAIN).test(prefix) ||
      prefix.length > DNS1123_SUBDOMAIN_MAX
    ) {
      return describeSubdomain(prefix, PREFIX, anyCasePrefix);
    }
  }
  const name = whole ? key : key.slice(slash + 1);
  return describeChars(name, QUALIFIED_NAME_MAX, isQualifiedChar, isAlnum, whole ? WHOLE : NAME_PART, false);
}

function suggestQualifiedKey(key: string): string | undefined {
  const slash = key.indexOf("/");
  if (slash === -1) return suggestQualifiedName(key);
  const name = suggestQualifiedName(key.slice(slash + 1));
  if (name === undefined) return undefined;
  const rawPrefix = key.slice(0, slash);
  if (rawPrefix.length === 0) return name;
  const prefix = suggestSubdomain(rawPrefix);
  return prefix === undefined ? name : `${prefix}/${name}`;
}

/** A label key (`IsLabelKey`): `[prefix/]name`, prefix a DNS-1123 subdomain, name a 63 character qualified name. */
export function checkLabelKey(key: string): FormatProblem | undefined {
  if (typeof key === "string" && isQualifiedKey(key, false)) return undefined;
  const rule = "format.label-key";
  if (typeof key !== "string") {
    return problem(rule, LABEL_KEY_RULE, notAStringDetail(key), useLike("app.kubernetes.io/name", A_KEY));
  }
  const suggestion = suggestQualifiedKey(key);
  return problem(
    rule,
    LABEL_KEY_RULE,
    describeQualifiedKey(key, false),
    suggestion === undefined ? useLike("app.kubernetes.io/name", A_KEY) : useInstead(suggestion),
  );
}

/**
 * Go's `strings.ToLower` for the only two non-ASCII characters it maps into ASCII: U+0130 (capital I with dot)
 * to 'i' and U+212A (Kelvin sign) to 'k'. Every other character either is ASCII (and the case-insensitive
 * prefix pattern handles it) or stays non-ASCII and fails the check anyway.
 */
const GO_LOWER_TO_ASCII = /[\u0130\u212a]/g;
const NON_ASCII = /[\u0080-\uffff]/;

/** An annotation key: a label key checked after lowercasing, so its prefix may use any letter case. */
export function checkAnnotationKey(key: string): FormatProblem | undefined {
  if (typeof key === "string") {
    if (isQualifiedKey(key, true)) return undefined;
    if (NON_ASCII.test(key)) {
      const lowered = key.replace(GO_LOWER_TO_ASCII, (char) => (char === "\u0130" ? "i" : "k"));
      if (lowered !== key && isQualifiedKey(lowered, true)) return undefined;
    }
  }
  const rule = "format.annotation-key";
  if (typeof key !== "string") {
    return problem(rule, ANNOTATION_KEY_RULE, notAStringDetail(key), useLike("example.com/owner", A_KEY));
  }
  const suggestion = suggestQualifiedKey(key);
  return problem(
    rule,
    ANNOTATION_KEY_RULE,
    describeQualifiedKey(key, true),
    suggestion === undefined ? useLike("example.com/owner", A_KEY) : useInstead(suggestion),
  );
}

/** A label value (`IsLabelValue`): empty, or a qualified name of at most 63 characters. */
export function checkLabelValue(value: string): FormatProblem | undefined {
  if (typeof value === "string" && value.length <= LABEL_VALUE_MAX && LABEL_VALUE.test(value))
    return undefined;
  const rule = "format.label-value";
  if (typeof value !== "string") {
    return problem(rule, LABEL_VALUE_RULE, notAStringDetail(value), useLike("v1.2.0", A_VALUE));
  }
  const suggestion = suggestQualifiedName(value);
  return problem(
    rule,
    LABEL_VALUE_RULE,
    describeChars(value, LABEL_VALUE_MAX, isQualifiedChar, isAlnum, WHOLE, false),
    suggestion === undefined ? useLike("v1.2.0", A_VALUE) : useInstead(suggestion),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Port names and environment variable names

/**
 * A port name (`IsValidPortName`, IANA_SVC_NAME per RFC 6335, lower case only). Kubernetes only checks port
 * names that are set; whether the name is optional is up to the caller.
 */
export function checkPortName(name: string): FormatProblem | undefined {
  if (
    typeof name === "string" &&
    name.length <= PORT_NAME_MAX &&
    PORT_NAME.test(name) &&
    HAS_LOWER_LETTER.test(name)
  ) {
    return undefined;
  }
  const rule = "format.port-name";
  if (typeof name !== "string") {
    return problem(rule, PORT_NAME_RULE, notAStringDetail(name), useLike("http-metrics", A_NAME));
  }
  let detail = describeChars(name, PORT_NAME_MAX, isLabelChar, isLowerAlnum, WHOLE, true);
  if (detail === undefined && name.includes("--")) {
    detail = { en: "it contains '--'", ko: "하이픈 두 개('--')가 연달아 들어 있다." };
  }
  if (detail === undefined) {
    detail = { en: "it has no letter", ko: "영문자가 하나도 없다." };
  }
  let suggestion: string | undefined = name
    .toLowerCase()
    .replace(LABEL_INVALID_RUN, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "");
  if (suggestion.length > PORT_NAME_MAX) suggestion = suggestion.slice(0, PORT_NAME_MAX).replace(/-+$/, "");
  if (!(PORT_NAME.test(suggestion) && HAS_LOWER_LETTER.test(suggestion))) suggestion = undefined;
  return problem(
    rule,
    PORT_NAME_RULE,
    detail,
    suggestion === undefined ? useLike("http-metrics", A_NAME) : useInstead(suggestion),
  );
}

/**
 * An environment variable name as the API server accepts it today (`IsRelaxedEnvVarName`): at least one
 * printable ASCII character (space included), none of them '='. The `RelaxedEnvironmentVariableValidation`
 * feature gate that switches to this rule was alpha in 1.30, on by default since 1.32 (beta) and GA, locked
 * on, in 1.34 (pkg/features/kube_features.go). Clusters older than 1.32 still use `IsEnvVarName`
 * (`[-._a-zA-Z][-._a-zA-Z0-9]*`); names like `MY_VAR` satisfy both.
 */
export function checkEnvVarName(name: string): FormatProblem | undefined {
  if (typeof name === "string" && RELAXED_ENV_NAME.test(name)) return undefined;
  const rule = "format.env-name";
  const example = useLike("MY_SETTING", A_NAME);
  if (typeof name !== "string") return problem(rule, ENV_NAME_RULE, notAStringDetail(name), example);
  let detail: Text;
  if (name.length === 0) {
    detail = { en: "it is empty", ko: "값이 비어 있다." };
  } else if (name.includes("=")) {
    detail = { en: "it contains '='", ko: "등호('=')가 들어 있다." };
  } else {
    const bad = [...name].find((char) => !RELAXED_ENV_NAME.test(char))!;
    const shown = JSON.stringify(bad);
    detail = {
      en: `it contains ${shown}, which is not printable ASCII`,
      ko: `출력 가능한 ASCII 문자가 아닌 ${shown} 문자가 들어 있다.`,
    };
  }
  const suggestion = name.replace(/[^\x20-\x3c\x3e-\x7e]+/g, "_").replace(/=+/g, "_");
  return problem(
    rule,
    ENV_NAME_RULE,
    detail,
    suggestion.length > 0 && RELAXED_ENV_NAME.test(suggestion) ? useInstead(suggestion) : example,
  );
}

// ---------------------------------------------------------------------------------------------------------
// Int or percent

/**
 * An `IntOrString` field that takes a count or a percentage (`ValidatePositiveIntOrPercent`): an integer
 * that fits the field's int32 and is at least 0, or a string of digits followed by '%' (`IsValidPercent`).
 * Whether a percentage is at most 100 is a separate rule, not checked here.
 */
export function checkIntOrPercent(value: number | string): FormatProblem | undefined {
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 0 && value <= INT32_MAX) return undefined;
  } else if (typeof value === "string") {
    if (PERCENT.test(value)) return undefined;
  }
  return intOrPercentProblem(value);
}

function intOrPercentProblem(value: unknown): FormatProblem {
  const rule = "format.int-or-percent";
  const example: Text = {
    en: 'use a count like 2 or a percentage like "25%"',
    ko: '2 같은 개수나 "25%" 같은 백분율을 쓴다.',
  };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      return problem(
        rule,
        INT_OR_PERCENT_RULE,
        { en: "it is not a finite number", ko: "유한한 수가 아니다." },
        example,
      );
    }
    if (!Number.isInteger(value)) {
      const down = Math.floor(value);
      return problem(
        rule,
        INT_OR_PERCENT_RULE,
        { en: "it has a fractional part", ko: "소수 부분이 있다." },
        down >= 0 && down <= INT32_MAX
          ? { en: `use a whole number such as ${down}`, ko: `${down} 같은 정수를 쓴다.` }
          : example,
      );
    }
    if (value < 0) {
      return problem(
        rule,
        INT_OR_PERCENT_RULE,
        { en: "it is negative", ko: "음수다." },
        { en: "use 0 or a positive count", ko: "0이나 양의 정수를 쓴다." },
      );
    }
    return problem(
      rule,
      INT_OR_PERCENT_RULE,
      {
        en: `it is larger than ${INT32_MAX}, the largest value the field holds`,
        ko: `필드가 담을 수 있는 최댓값 ${INT32_MAX}보다 크다.`,
      },
      example,
    );
  }
  if (typeof value !== "string") return problem(rule, INT_OR_PERCENT_RULE, notAStringDetail(value), example);
  const trimmed = value.trim();
  if (trimmed !== value && PERCENT.test(trimmed)) {
    return problem(
      rule,
      INT_OR_PERCENT_RULE,
      { en: "it has spaces around it", ko: "앞뒤에 공백이 있다." },
      useInstead(trimmed),
    );
  }
  if (/^[0-9]+$/.test(trimmed)) {
    const count = Number(trimmed);
    return problem(
      rule,
      INT_OR_PERCENT_RULE,
      { en: "it is a number written as a string, without '%'", ko: "'%' 없이 숫자를 문자열로 썼다." },
      count <= INT32_MAX
        ? {
            en: `write the number ${count} without quotes, or "${trimmed}%" for a percentage`,
            ko: `따옴표를 빼고 숫자 그대로(${count}) 쓰거나, 백분율이라면 "${trimmed}%" 값을 쓴다.`,
          }
        : { en: `write "${trimmed}%" for a percentage`, ko: `백분율이라면 "${trimmed}%" 값을 쓴다.` },
    );
  }
  const compact = trimmed.replace(/\s+/g, "");
  if (compact !== trimmed && PERCENT.test(compact)) {
    return problem(
      rule,
      INT_OR_PERCENT_RULE,
      { en: "it contains spaces", ko: "공백이 들어 있다." },
      useInstead(compact),
    );
  }
  if (/^[+-]/.test(trimmed)) {
    return problem(
      rule,
      INT_OR_PERCENT_RULE,
      { en: "a percentage may not have a sign", ko: "백분율에는 부호를 붙일 수 없다." },
      trimmed.startsWith("+") && PERCENT.test(trimmed.slice(1)) ? useInstead(trimmed.slice(1)) : example,
    );
  }
  if (/^[0-9]*\.[0-9]*%$/.test(trimmed)) {
    return problem(
      rule,
      INT_OR_PERCENT_RULE,
      { en: "a percentage must be a whole number", ko: "백분율은 정수여야 한다." },
      example,
    );
  }
  return problem(
    rule,
    INT_OR_PERCENT_RULE,
    {
      en: "it is neither digits followed by '%' nor a number",
      ko: "숫자 뒤에 '%'를 붙인 형식도 아니고 수도 아니다.",
    },
    example,
  );
}

/**
 * `intstr.GetScaledValueFromIntOrPercent`: an integer is returned as it is; "N%" becomes N percent of
 * `total`, rounded up or down, computed in floating point exactly as Go does (`math.Ceil(float64(N) *
 * float64(total) / 100)`). The digits are read like `strconv.Atoi`, so "+5%" and "-5%" scale too although
 * `checkIntOrPercent` rejects them. Throws a RangeError where Kubernetes returns an error: a string without a
 * trailing '%', a percentage that is not an integer, or a number that is not an integer.
 */
export function scaledIntOrPercent(value: number | string, total: number, roundUp: boolean): number {
  if (typeof value === "number") {
    if (!Number.isInteger(value))
      throw new RangeError(`invalid value for IntOrString: ${value} is not an integer`);
    return value;
  }
  if (typeof value !== "string" || !value.endsWith("%")) {
    throw new RangeError(`invalid value for IntOrString: ${JSON.stringify(value)} is not a percentage`);
  }
  const digits = value.slice(0, -1);
  if (!ATOI.test(digits) || !fitsInt64(digits)) {
    throw new RangeError(
      `invalid value for IntOrString: ${JSON.stringify(value)} is not an integer percentage`,
    );
  }
  const percent = Number(digits);
  const scaled = (percent * total) / 100;
  // Adding 0 turns the -0 that Math.ceil(-0.5) returns into 0, as Go's int conversion does.
  return (roundUp ? Math.ceil(scaled) : Math.floor(scaled)) + 0;
}

const INT64_MAX_DIGITS = "9223372036854775807";
const INT64_MIN_DIGITS = "9223372036854775808";

/** Whether a string `strconv.Atoi` would read (sign and digits) fits Go's 64-bit int. */
function fitsInt64(text: string): boolean {
  const negative = text.charCodeAt(0) === 0x2d;
  let start = text.charCodeAt(0) === 0x2d || text.charCodeAt(0) === 0x2b ? 1 : 0;
  while (start < text.length - 1 && text.charCodeAt(start) === 0x30) start++;
  const length = text.length - start;
  if (length < 19) return true;
  if (length > 19) return false;
  return text.slice(start) <= (negative ? INT64_MIN_DIGITS : INT64_MAX_DIGITS);
}

/**
 * Whether a valid int-or-percent value means zero: 0, "0%" or "00%". Values `checkIntOrPercent` rejects are
 * not zero here (Kubernetes' internal helper reads most of them as 0, which would only add a second error to
 * the one `checkIntOrPercent` already reports).
 */
export function isZeroIntOrPercent(value: number | string): boolean {
  if (typeof value === "number") return value === 0;
  if (typeof value !== "string" || !PERCENT.test(value)) return false;
  for (let i = 0; i < value.length - 1; i++) {
    if (value.charCodeAt(i) !== 0x30) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------------
// Container images

/**
 * A container image reference. The API server itself only requires a pod's image to be non-empty and free of
 * leading and trailing whitespace (`validateContainerOnlyForPod`); anything else fails later on the node with
 * `InvalidImageName`. This check also applies the reference grammar the kubelet and container runtimes use
 * (github.com/distribution/reference): `[registry[:port]/]path[:tag][@algorithm:hex]`, lower-case path
 * components, tags of at most 128 characters, names of at most 255 characters.
 */
export function checkImage(image: string): FormatProblem | undefined {
  if (typeof image !== "string" || image.length === 0) return imageProblem(image);
  // A set of specs names a few images many times; the reference pattern is long, so valid ones are remembered.
  if (VALID_IMAGES.has(image)) return undefined;
  if (!isImageReference(image)) return imageProblem(image);
  if (VALID_IMAGES.size >= 1024) VALID_IMAGES.clear();
  VALID_IMAGES.add(image);
  return undefined;
}

const VALID_IMAGES = new Set<string>();

function isImageReference(image: string): boolean {
  if (!IMAGE_REFERENCE.test(image)) return false;
  // The name is part of the reference, so only a long reference can have a name over the limit.
  return image.length <= IMAGE_NAME_MAX || IMAGE_REFERENCE.exec(image)![1]!.length <= IMAGE_NAME_MAX;
}

function imageProblem(image: unknown): FormatProblem {
  const rule = "format.image";
  const example: Text = {
    en: 'use a reference like "nginx:1.27" or "ghcr.io/example/app:v1"',
    ko: '"nginx:1.27"이나 "ghcr.io/example/app:v1" 같은 참조를 쓴다.',
  };
  if (typeof image !== "string") return problem(rule, IMAGE_RULE, notAStringDetail(image), example);
  if (image.length === 0)
    return problem(rule, IMAGE_RULE, { en: "it is empty", ko: "값이 비어 있다." }, example);
  const trimmed = image.trim();
  if (trimmed !== image) {
    return problem(
      rule,
      IMAGE_RULE,
      { en: "it has whitespace at the start or end", ko: "앞이나 뒤에 공백이 있다." },
      trimmed.length > 0 && isImageReference(trimmed) ? useInstead(trimmed) : example,
    );
  }
  if (ANY_WHITESPACE.test(image)) {
    const compact = image.replace(/\s+/g, "");
    return problem(
      rule,
      IMAGE_RULE,
      { en: "it contains whitespace", ko: "공백이 들어 있다." },
      isImageReference(compact) ? useInstead(compact) : example,
    );
  }
  const lowered = lowerImagePath(image);
  if (lowered !== image && isImageReference(lowered)) {
    return problem(
      rule,
      IMAGE_RULE,
      { en: "its repository path has uppercase letters", ko: "저장소 경로에 대문자가 들어 있다." },
      useInstead(lowered),
    );
  }
  const at = image.indexOf("@");
  const nameAndTag = at === -1 ? image : image.slice(0, at);
  const colon = nameAndTag.lastIndexOf(":");
  const tag = colon > nameAndTag.lastIndexOf("/") ? nameAndTag.slice(colon + 1) : undefined;
  const name = IMAGE_REFERENCE.exec(image)?.[1];
  let detail: Text;
  if (name !== undefined) {
    detail = {
      en: `the repository name is ${name.length} characters long (at most ${IMAGE_NAME_MAX})`,
      ko: `저장소 이름이 ${name.length}자다(최대 ${IMAGE_NAME_MAX}자).`,
    };
  } else if (
    at !== -1 &&
    !/^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/.test(image.slice(at + 1))
  ) {
    detail = {
      en: "the digest after '@' is not an algorithm and at least 32 hex digits (e.g. \"sha256:...\")",
      ko: "'@' 뒤의 다이제스트가 \"sha256:...\"처럼 알고리즘과 16진수 32자리 이상으로 이루어져 있지 않다.",
    };
  } else if (tag !== undefined && !/^[\w][\w.-]{0,127}$/.test(tag)) {
    detail =
      tag.length > 128
        ? {
            en: `the tag is ${tag.length} characters long (at most 128)`,
            ko: `태그가 ${tag.length}자다(최대 128자).`,
          }
        : {
            en: "the tag after ':' may only use letters, digits, '_', '.' and '-' and may not start with '.' or '-'",
            ko: "':' 뒤의 태그에는 영문자, 숫자, '_', '.', '-'만 쓸 수 있고 점('.')이나 하이픈('-')으로 시작할 수 없다.",
          };
  } else {
    detail = {
      en: "the repository name is malformed (path parts are lowercase letters and digits, separated by '.', '_', '__', '-' or '/')",
      ko: "저장소 이름 형식이 잘못되었다(경로의 각 부분은 영문 소문자와 숫자로 이루어지고 '.', '_', '__', '-', '/'로 구분한다).",
    };
  }
  return problem(rule, IMAGE_RULE, detail, example);
}

/** Lowercases the repository path of an image reference, leaving the registry host, tag and digest alone. */
function lowerImagePath(image: string): string {
  const at = image.indexOf("@");
  const beforeDigest = at === -1 ? image : image.slice(0, at);
  const digest = at === -1 ? "" : image.slice(at);
  const lastSlash = beforeDigest.lastIndexOf("/");
  const colon = beforeDigest.lastIndexOf(":");
  const nameEnd = colon > lastSlash ? colon : beforeDigest.length;
  const name = beforeDigest.slice(0, nameEnd);
  const tag = beforeDigest.slice(nameEnd);
  const firstSlash = name.indexOf("/");
  if (firstSlash !== -1) {
    const first = name.slice(0, firstSlash);
    // distribution/reference's normalizer reads the first component as a registry when it has a '.' or ':',
    // is "localhost", or has upper-case letters; of those, keep the ones that look like a host as they are.
    if (first.includes(".") || first.includes(":") || first === "localhost") {
      return `${first}${name.slice(firstSlash).toLowerCase()}${tag}${digest}`;
    }
  }
  return `${name.toLowerCase()}${tag}${digest}`;
}

/**
 * The string formats as regular-expression sources (ECMAScript syntax, anchored), with their length limits, for
 * the editor schema (`schema-json/`): the same patterns these checks use, so the two cannot drift apart.
 */
export const FORMAT_PATTERNS = {
  "dns1123-label": { pattern: DNS1123_LABEL.source, maxLength: DNS1123_LABEL_MAX },
  "dns1123-subdomain": { pattern: DNS1123_SUBDOMAIN.source, maxLength: DNS1123_SUBDOMAIN_MAX },
  "port-name": { pattern: `(?=.*${HAS_LOWER_LETTER.source})${PORT_NAME.source}`, maxLength: 15 },
  "env-name": { pattern: RELAXED_ENV_NAME.source },
  image: { pattern: IMAGE_REFERENCE.source, maxLength: IMAGE_NAME_MAX },
  /** A label key: an optional DNS-1123 subdomain prefix and '/', then a qualified name. */
  "label-key": {
    pattern: `^(?:${DNS1123_SUBDOMAIN.source.slice(1, -1)}\\/)?(?=[^/]{1,${QUALIFIED_NAME_MAX}}$)${QUALIFIED_NAME.source.slice(1)}`,
    maxLength: DNS1123_SUBDOMAIN_MAX + 1 + QUALIFIED_NAME_MAX,
  },
  "label-value": { pattern: LABEL_VALUE.source, maxLength: QUALIFIED_NAME_MAX },
  percent: { pattern: PERCENT.source },
  /**
   * A non-negative quantity as `parseQuantityString` reads it: a decimal number, then a binary suffix (`Ki`..`Ei`),
   * a decimal one (`n`, `u`, `m`, `k`, `M`..`E`) or a decimal exponent (`e3`).
   */
  quantity: { pattern: "^\\+?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?$" },
} as const;
