import { describe, expect, it } from "vitest";
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
  isZeroIntOrPercent,
  scaledIntOrPercent,
} from "./formats.js";

// Tables marked "apimachinery" are copied from kubernetes/apimachinery at commit eed236ceee2c (the
// k8s.io/apimachinery tree that kubernetes/kubernetes keeps under staging/src/k8s.io/apimachinery).

/** The suggested value in a fix that reads `use "..." instead`, if there is one. */
function suggested(problem: FormatProblem | undefined): string | undefined {
  const match = problem === undefined ? null : /^use ("(?:[^"\\]|\\.)*") instead$/.exec(problem.fix.en);
  return match === null ? undefined : (JSON.parse(match[1]!) as string);
}

/** Every problem speaks both languages, the Korean in the plain declarative style. */
function expectWellFormed(problem: FormatProblem | undefined, rule: string): void {
  expect(problem).toBeDefined();
  const p = problem!;
  expect(p.rule).toBe(rule);
  for (const text of [p.message, p.fix]) {
    expect(text.en.length).toBeGreaterThan(0);
    expect(text.ko).toMatch(/[가-힣]/);
    expect(text.ko).toMatch(/다\.$/);
  }
}

describe("checkDns1123Label", () => {
  // apimachinery pkg/api/validate/content/dns_test.go, TestIsDNS1123Label
  const good = [
    "a",
    "ab",
    "abc",
    "a1",
    "a-1",
    "a--1--2--b",
    "0",
    "01",
    "012",
    "1a",
    "1-a",
    "1--a--b--2",
    "a".repeat(63),
  ];
  const bad = [
    "",
    "A",
    "ABC",
    "aBc",
    "A1",
    "A-1",
    "1-A",
    "-",
    "a-",
    "-a",
    "1-",
    "-1",
    "_",
    "a_",
    "_a",
    "a_b",
    "1_",
    "_1",
    "1_2",
    ".",
    "a.",
    ".a",
    "a.b",
    "1.",
    ".1",
    "1.2",
    " ",
    "a ",
    " a",
    "a b",
    "1 ",
    " 1",
    "1 2",
    "a".repeat(64),
  ];
  it.each(good)("accepts %j", (value) => expect(checkDns1123Label(value)).toBeUndefined());
  it.each(bad)("rejects %j", (value) => expectWellFormed(checkDns1123Label(value), "format.dns1123-label"));

  it("says what is wrong and suggests a corrected name", () => {
    const upper = checkDns1123Label("My_Job")!;
    expect(upper.message.en).toContain("DNS-1123 label");
    expect(upper.message.en).toContain("uppercase");
    expect(upper.message.ko).toContain("대문자");
    expect(suggested(upper)).toBe("my-job");

    const long = checkDns1123Label("a".repeat(70))!;
    expect(long.message.en).toContain("70 characters");
    expect(long.message.ko).toContain("70자");
    expect(suggested(long)).toBe("a".repeat(63));

    expect(checkDns1123Label("a.b")!.message.en).toContain("'.'");
    expect(checkDns1123Label("-web-")!.message.en).toContain('starts with "-"');
    expect(suggested(checkDns1123Label("-web-"))).toBe("web");
    expect(checkDns1123Label("")!.message.en).toContain("empty");
    expect(suggested(checkDns1123Label(""))).toBeUndefined();
    expect(checkDns1123Label("")!.fix.en).toBe('use a name like "my-job-1"');
  });

  it("rejects values that are not strings instead of coercing them", () => {
    expectWellFormed(checkDns1123Label(123 as unknown as string), "format.dns1123-label");
  });
});

describe("checkDns1123Subdomain", () => {
  // apimachinery pkg/api/validate/content/dns_test.go, TestIsDNS1123Subdomain
  const good = [
    "a",
    "ab",
    "abc",
    "a1",
    "a-1",
    "a--1--2--b",
    "0",
    "01",
    "012",
    "1a",
    "1-a",
    "1--a--b--2",
    "a.a",
    "ab.a",
    "abc.a",
    "a1.a",
    "a-1.a",
    "a--1--2--b.a",
    "a.1",
    "ab.1",
    "abc.1",
    "a1.1",
    "a-1.1",
    "a--1--2--b.1",
    "0.a",
    "01.a",
    "012.a",
    "1a.a",
    "1-a.a",
    "1--a--b--2",
    "0.1",
    "01.1",
    "012.1",
    "1a.1",
    "1-a.1",
    "1--a--b--2.1",
    "a.b.c.d.e",
    "aa.bb.cc.dd.ee",
    "1.2.3.4.5",
    "11.22.33.44.55",
    "a".repeat(253),
  ];
  const bad = [
    "",
    "A",
    "ABC",
    "aBc",
    "A1",
    "A-1",
    "1-A",
    "-",
    "a-",
    "-a",
    "1-",
    "-1",
    "_",
    "a_",
    "_a",
    "a_b",
    "1_",
    "_1",
    "1_2",
    ".",
    "a.",
    ".a",
    "a..b",
    "1.",
    ".1",
    "1..2",
    " ",
    "a ",
    " a",
    "a b",
    "1 ",
    " 1",
    "1 2",
    "A.a",
    "aB.a",
    "ab.A",
    "A1.a",
    "a1.A",
    "A.1",
    "aB.1",
    "A1.1",
    "1A.1",
    "0.A",
    "01.A",
    "012.A",
    "1A.a",
    "1a.A",
    "A.B.C.D.E",
    "AA.BB.CC.DD.EE",
    "a.B.c.d.e",
    "aa.bB.cc.dd.ee",
    "a@b",
    "a,b",
    "a_b",
    "a;b",
    "a:b",
    "a%b",
    "a?b",
    "a$b",
    "a".repeat(254),
  ];
  it.each(good)("accepts %j", (value) => expect(checkDns1123Subdomain(value)).toBeUndefined());
  it.each(bad)("rejects %j", (value) =>
    expectWellFormed(checkDns1123Subdomain(value), "format.dns1123-subdomain"),
  );

  it("explains dot-separated parts and suggests a fixed name", () => {
    expect(checkDns1123Subdomain("a..b")!.message.en).toContain("dot-separated part");
    expect(suggested(checkDns1123Subdomain("a..b"))).toBe("a.b");
    expect(suggested(checkDns1123Subdomain("My_App.V1"))).toBe("my-app.v1");
    expect(checkDns1123Subdomain("a".repeat(254))!.message.en).toContain("254 characters");
  });
});

describe("checkLabelKey", () => {
  // apimachinery pkg/api/validate/content/kube_test.go, TestIsLabelKey
  const good = [
    "simple",
    "now-with-dashes",
    "1-starts-with-num",
    "1234",
    "simple/simple",
    "now-with-dashes/simple",
    "now-with-dashes/now-with-dashes",
    "now.with.dots/simple",
    "now-with.dashes-and.dots/simple",
    "1-num.2-num/3-num",
    "1234/5678",
    "1.2.3.4/5678",
    "Uppercase_Is_OK_123",
    "example.com/Uppercase_Is_OK_123",
    "requests.storage-foo",
    "a".repeat(63),
    `${"a".repeat(253)}/${"b".repeat(63)}`,
  ];
  const bad = [
    "nospecialchars%^=@",
    "cantendwithadash-",
    "-cantstartwithadash-",
    "only/one/slash",
    "Example.com/abc",
    "example_com/abc",
    "example.com/",
    "/simple",
    "a".repeat(64),
    `${"a".repeat(254)}/abc`,
    // and the name part's own limit behind a prefix
    `example.com/${"b".repeat(64)}`,
  ];
  it.each(good)("accepts %j", (key) => expect(checkLabelKey(key)).toBeUndefined());
  it.each(bad)("rejects %j", (key) => expectWellFormed(checkLabelKey(key), "format.label-key"));

  it("names the part that is wrong", () => {
    expect(checkLabelKey("only/one/slash")!.message.en).toContain("more than one '/'");
    expect(checkLabelKey("Example.com/abc")!.message.en).toContain("prefix before '/' contains uppercase");
    expect(checkLabelKey("example.com/")!.message.en).toContain("the name is empty");
    expect(checkLabelKey("/simple")!.message.en).toContain("prefix before '/' is empty");
    expect(suggested(checkLabelKey("Example.com/abc"))).toBe("example.com/abc");
    expect(suggested(checkLabelKey("example_com/abc"))).toBe("example-com/abc");
    expect(suggested(checkLabelKey("/simple"))).toBe("simple");
    expect(suggested(checkLabelKey("cantendwithadash-"))).toBe("cantendwithadash");
  });
});

describe("checkAnnotationKey", () => {
  // apimachinery pkg/api/validation/objectmeta_test.go, TestValidateAnnotations (keys)
  const good = [
    "simple",
    "now-with-dashes",
    "1-starts-with-num",
    "1234",
    "simple/simple",
    "now-with-dashes/simple",
    "now-with-dashes/now-with-dashes",
    "now.with.dots/simple",
    "now-with.dashes-and.dots/simple",
    "1-num.2-num/3-num",
    "1234/5678",
    "1.2.3.4/5678",
    "UpperCase123",
  ];
  const bad = ["nospecialchars^=@", "cantendwithadash-", "only/one/slash", "a".repeat(254)];
  it.each(good)("accepts %j", (key) => expect(checkAnnotationKey(key)).toBeUndefined());
  it.each(bad)("rejects %j", (key) => expectWellFormed(checkAnnotationKey(key), "format.annotation-key"));

  it("lowercases before checking, so the prefix may use capitals (unlike a label key)", () => {
    // objectmeta.go ValidateAnnotations: IsQualifiedName(strings.ToLower(k))
    expect(checkAnnotationKey("Example.COM/abc")).toBeUndefined();
    expect(checkLabelKey("Example.COM/abc")).toBeDefined();
    expect(checkAnnotationKey("example_com/abc")).toBeDefined();
  });

  it("follows Go's ToLower for the two non-ASCII letters it maps into ASCII", () => {
    // U+212A KELVIN SIGN lowercases to "k" and U+0130 to "i" in Go; other letters stay non-ASCII.
    expect(checkAnnotationKey("\u212aube.io/x")).toBeUndefined();
    expect(checkAnnotationKey("\u0130o.example/x")).toBeUndefined();
    expect(checkAnnotationKey("\u00c9xample.com/x")).toBeDefined();
    expect(checkLabelKey("\u212aube.io/x")).toBeDefined();
  });
});

describe("checkLabelValue", () => {
  // apimachinery pkg/api/validate/content/kube_test.go, TestIsLabelValue
  const good = [
    "simple",
    "now-with-dashes",
    "1-starts-with-num",
    "end-with-num-1",
    "1234",
    "a".repeat(63),
    "",
  ];
  const bad = [
    "nospecialchars%^=@",
    "Tama-nui-te-rā.is.Māori.sun",
    "\\backslashes\\are\\bad",
    "-starts-with-dash",
    "ends-with-dash-",
    ".starts.with.dot",
    "ends.with.dot.",
    "a".repeat(64),
  ];
  it.each(good)("accepts %j", (value) => expect(checkLabelValue(value)).toBeUndefined());
  it.each(bad)("rejects %j", (value) => expectWellFormed(checkLabelValue(value), "format.label-value"));

  it("keeps case and underscores in its suggestion", () => {
    expect(suggested(checkLabelValue("My Value!"))).toBe("My-Value");
    expect(suggested(checkLabelValue(".starts.with.dot"))).toBe("starts.with.dot");
    expect(checkLabelValue("Tama-nui-te-rā.is.Māori.sun")!.message.en).toContain('"ā"');
  });
});

describe("checkPortName", () => {
  // apimachinery pkg/util/validation/validation_test.go, TestIsValidPortName
  const good = ["telnet", "re-mail-ck", "pop3", "a", "a-1", "1-a", "a-1-b-2-c", "1-a-2-b-3"];
  const bad = [
    "longerthan15characters",
    "",
    "a".repeat(16),
    "12345",
    "1-2-3-4",
    "-begin",
    "end-",
    "two--hyphens",
    "whois++",
  ];
  it.each(good)("accepts %j", (name) => expect(checkPortName(name)).toBeUndefined());
  it.each(bad)("rejects %j", (name) => expectWellFormed(checkPortName(name), "format.port-name"));

  it("says which rule the name breaks", () => {
    expect(checkPortName("12345")!.message.en).toContain("no letter");
    expect(checkPortName("two--hyphens")!.message.en).toContain("'--'");
    expect(checkPortName("a".repeat(16))!.message.en).toContain("16 characters");
    expect(suggested(checkPortName("HTTP_Metrics"))).toBe("http-metrics");
    expect(suggested(checkPortName("two--hyphens"))).toBe("two-hyphens");
    expect(suggested(checkPortName("12345"))).toBeUndefined();
  });
});

describe("checkEnvVarName", () => {
  // apimachinery pkg/util/validation/validation_test.go, TestIsRelaxedEnvVarName (the rule since 1.32)
  const good = [
    "-",
    ":",
    "_",
    "+a",
    ">a",
    "<a",
    "a.",
    "a..",
    "*a",
    "%a",
    "?a",
    "a:a",
    "a_a",
    "aAz",
    "~a",
    "|a",
    "a0a",
    "a9",
    "/a",
    "a ",
    "#a",
    "0a",
    "0 a",
    "'a",
    "(a",
    "@a",
    "MY_VAR",
    "my.env-name",
  ];
  const bad = [
    "",
    "=",
    "a=",
    "1=a",
    "a=b",
    "#%=&&",
    `${String.fromCharCode(1)}abc`,
    `${String.fromCharCode(130)}abc`,
    "Ç ç",
    "Ä ä",
    "Ñ ñ",
    "Ø ø",
    "tab\there",
  ];
  it.each(good)("accepts %j", (name) => expect(checkEnvVarName(name)).toBeUndefined());
  it.each(bad)("rejects %j", (name) => expectWellFormed(checkEnvVarName(name), "format.env-name"));

  it("points at the '=' or the character that is not printable ASCII", () => {
    expect(checkEnvVarName("a=b")!.message.en).toContain("'='");
    expect(suggested(checkEnvVarName("a=b"))).toBe("a_b");
    expect(checkEnvVarName("Ç ç")!.message.en).toContain('"Ç"');
    expect(checkEnvVarName("")!.message.en).toContain("empty");
  });
});

describe("checkIntOrPercent", () => {
  // apimachinery pkg/util/validation/validation_test.go, TestIsValidPercent
  const goodPercents = ["0%", "00000%", "1%", "01%", "99%", "100%", "101%"];
  const badPercents = ["", "0", "100", "0.0%", "99.9%", "hundred", " 1%", "1% ", "-0%", "-1%", "+1%"];
  it.each(goodPercents)("accepts %j", (value) => expect(checkIntOrPercent(value)).toBeUndefined());
  it.each(badPercents)("rejects %j", (value) =>
    expectWellFormed(checkIntOrPercent(value), "format.int-or-percent"),
  );

  it("accepts integers from 0 to the int32 limit and nothing else", () => {
    for (const n of [0, 1, 25, 2147483647]) expect(checkIntOrPercent(n)).toBeUndefined();
    for (const n of [-1, 1.5, 2147483648, Number.NaN, Number.POSITIVE_INFINITY]) {
      expectWellFormed(checkIntOrPercent(n), "format.int-or-percent");
    }
  });

  it("explains the usual mistakes", () => {
    const quoted = checkIntOrPercent("25")!;
    expect(quoted.message.en).toContain("without '%'");
    expect(quoted.fix.en).toContain("25");
    expect(quoted.fix.en).toContain('"25%"');
    expect(suggested(checkIntOrPercent(" 25% "))).toBe("25%");
    expect(suggested(checkIntOrPercent("25 %"))).toBe("25%");
    expect(suggested(checkIntOrPercent("+1%"))).toBe("1%");
    expect(checkIntOrPercent("99.9%")!.message.en).toContain("whole number");
    expect(checkIntOrPercent(-1)!.message.en).toContain("negative");
    expect(checkIntOrPercent(1.5)!.fix.en).toContain("1");
  });
});

describe("scaledIntOrPercent", () => {
  it("matches GetScaledValueFromIntOrPercent (apimachinery pkg/util/intstr/intstr_test.go)", () => {
    // TestGetIntFromIntOrPercent
    expect(scaledIntOrPercent(123, 0, false)).toBe(123);
    expect(scaledIntOrPercent("90%", 100, true)).toBe(90);
    expect(scaledIntOrPercent("90%", 95, true)).toBe(86);
    expect(scaledIntOrPercent("90%", 95, false)).toBe(85);
    for (const value of ["%", "90#", "#%", "90"])
      expect(() => scaledIntOrPercent(value, 10, true)).toThrow(RangeError);
  });

  it("rounds a percentage up or down", () => {
    expect(scaledIntOrPercent("25%", 10, true)).toBe(3);
    expect(scaledIntOrPercent("25%", 10, false)).toBe(2);
    expect(scaledIntOrPercent("0%", 10, true)).toBe(0);
    expect(scaledIntOrPercent("100%", 7, false)).toBe(7);
    expect(scaledIntOrPercent("1%", 1, true)).toBe(1);
    expect(scaledIntOrPercent("1%", 1, false)).toBe(0);
    expect(scaledIntOrPercent("150%", 10, true)).toBe(15);
  });

  it("reads the digits like strconv.Atoi and does the arithmetic in float64 like Go", () => {
    expect(scaledIntOrPercent("+5%", 100, true)).toBe(5);
    expect(scaledIntOrPercent("007%", 100, true)).toBe(7);
    // ceil(-5 * 1 / 100) is -0 in floating point; Go's int() makes it 0.
    expect(Object.is(scaledIntOrPercent("-5%", 1, true), 0)).toBe(true);
    expect(scaledIntOrPercent("-5%", 1, false)).toBe(-1);
    // 29 * 100 / 100 is exactly 29; the product is formed before dividing.
    expect(scaledIntOrPercent("29%", 100, true)).toBe(29);
    expect(() => scaledIntOrPercent("9223372036854775808%", 1, true)).toThrow(RangeError);
    expect(() => scaledIntOrPercent("1.5%", 10, true)).toThrow(RangeError);
    expect(() => scaledIntOrPercent(1.5, 10, true)).toThrow(RangeError);
  });
});

describe("isZeroIntOrPercent", () => {
  it("is true only for zero counts and zero percentages", () => {
    expect(isZeroIntOrPercent(0)).toBe(true);
    expect(isZeroIntOrPercent("0%")).toBe(true);
    expect(isZeroIntOrPercent("000%")).toBe(true);
    expect(isZeroIntOrPercent(1)).toBe(false);
    expect(isZeroIntOrPercent(-1)).toBe(false);
    expect(isZeroIntOrPercent("10%")).toBe(false);
    expect(isZeroIntOrPercent("01%")).toBe(false);
    expect(isZeroIntOrPercent("0")).toBe(false);
    expect(isZeroIntOrPercent("%")).toBe(false);
  });
});

describe("checkImage", () => {
  // The reference grammar of github.com/distribution/reference (regexp.go).
  const good = [
    "nginx",
    "nginx:1.27",
    "nginx:1.27-alpine",
    "library/nginx:latest",
    "docker.io/library/nginx:1.27",
    "ghcr.io/example/app:v1",
    "registry.example.com:5000/team/app:2024.01.02",
    "localhost:5000/foo/bar:v1",
    "localhost/foo",
    "[::1]:5000/foo:bar",
    "my_registry/a__b/c---d:tag",
    `ubuntu@sha256:${"a".repeat(64)}`,
    `ubuntu:22.04@sha256:${"0123456789abcdef".repeat(4)}`,
    "Registry.Example.COM/app",
    `a:${"t".repeat(128)}`,
    `${"a".repeat(255)}:v1`,
  ];
  const bad = [
    "",
    " nginx",
    "nginx ",
    "nginx :1",
    "Nginx",
    "nginx:",
    "nginx:-bad",
    `a:${"t".repeat(129)}`,
    "nginx@sha256:abc",
    "foo//bar",
    "-foo",
    "foo_",
    "a.-b",
    "foo/../bar",
    `${"a".repeat(256)}`,
  ];
  it.each(good)("accepts %j", (image) => expect(checkImage(image)).toBeUndefined());
  it.each(bad)("rejects %j", (image) => expectWellFormed(checkImage(image), "format.image"));

  it("suggests the obvious correction", () => {
    expect(suggested(checkImage(" nginx:1.27 "))).toBe("nginx:1.27");
    expect(suggested(checkImage("nginx : 1.27"))).toBe("nginx:1.27");
    expect(suggested(checkImage("MyOrg/MyApp:V1"))).toBe("myorg/myapp:V1");
    expect(suggested(checkImage("Registry.Example.COM/Team/App"))).toBe("Registry.Example.COM/team/app");
    expect(checkImage("nginx@sha256:abc")!.message.en).toContain("digest");
    expect(checkImage(`a:${"t".repeat(129)}`)!.message.en).toContain("129 characters");
    expect(checkImage("a".repeat(256))!.message.en).toContain("256 characters");
  });

  it("stays fast on long hostile input", () => {
    const hostile = `${"a-".repeat(20000)}!`;
    const started = performance.now();
    expect(checkImage(hostile)).toBeDefined();
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe("suggestions", () => {
  it("always pass the check that suggested them", () => {
    const inputs = [
      "My_Job",
      "-x-",
      "a..b",
      "UPPER.Case",
      "x_".repeat(40),
      "hello world",
      "__",
      "a/b/c",
      "Ex.com/Na me",
      "ÄÖÜ",
      "web--1",
      "2-3",
      "HTTP",
      "a=b",
      "bad\u0001name",
    ];
    const checks = [
      checkDns1123Label,
      checkDns1123Subdomain,
      checkLabelKey,
      checkAnnotationKey,
      checkLabelValue,
      checkPortName,
      checkEnvVarName,
      checkImage,
    ];
    for (const check of checks) {
      for (const input of inputs) {
        const fixed = suggested(check(input));
        if (fixed !== undefined)
          expect(check(fixed), `${check.name}(${JSON.stringify(fixed)})`).toBeUndefined();
      }
    }
  });
});
