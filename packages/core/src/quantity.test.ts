import { describe, expect, it } from "vitest";
import {
  checkNonNegativeQuantity,
  checkQuantity,
  compareQuantities,
  formatQuantity,
  parseQuantity,
  type Quantity,
  quantityToNumber,
} from "./quantity.js";

// Tables marked "apimachinery" come from kubernetes/apimachinery at commit eed236ceee2c,
// pkg/api/resource/quantity_test.go (the staging/src/k8s.io/apimachinery copy in kubernetes/kubernetes).

/** The exact value of a quantity as a plain decimal string, e.g. "0.000000004" or "1073741824". */
function decimal(q: Quantity): string {
  const negative = q.mantissa < 0n;
  let digits = (negative ? -q.mantissa : q.mantissa).toString();
  if (q.exponent >= 0) {
    digits = digits === "0" ? "0" : digits + "0".repeat(q.exponent);
  } else {
    const places = -q.exponent;
    digits = digits.padStart(places + 1, "0");
    digits = `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  }
  return negative ? `-${digits}` : digits;
}

function parsed(value: string | number): Quantity {
  const q = parseQuantity(value);
  if (q === undefined) throw new Error(`expected ${JSON.stringify(value)} to parse`);
  return q;
}

function cmp(a: string | number, b: string | number): number {
  return compareQuantities(parsed(a), parsed(b));
}

// apimachinery TestQuantityParse: input, exact value (from the expected decQuantity), expected format.
const ACCEPTED: readonly (readonly [string, string, Quantity["format"]])[] = [
  ["0", "0", "DecimalSI"],
  ["0n", "0", "DecimalSI"],
  ["0u", "0", "DecimalSI"],
  ["0m", "0", "DecimalSI"],
  ["0Ki", "0", "BinarySI"],
  ["0k", "0", "DecimalSI"],
  ["0Mi", "0", "BinarySI"],
  ["0M", "0", "DecimalSI"],
  ["0Gi", "0", "BinarySI"],
  ["0G", "0", "DecimalSI"],
  ["0Ti", "0", "BinarySI"],
  ["0T", "0", "DecimalSI"],
  ["1", "1", "DecimalSI"],
  ["1Ki", "1024", "BinarySI"],
  ["8Ki", "8192", "BinarySI"],
  ["7Mi", "7340032", "BinarySI"],
  ["6Gi", "6442450944", "BinarySI"],
  ["5Ti", "5497558138880", "BinarySI"],
  ["4Pi", "4503599627370496", "BinarySI"],
  ["3Ei", "3458764513820540928", "BinarySI"],
  ["10Ti", "10995116277760", "BinarySI"],
  ["100Ti", "109951162777600", "BinarySI"],
  ["5n", "0.000000005", "DecimalSI"],
  ["4u", "0.000004", "DecimalSI"],
  ["3m", "0.003", "DecimalSI"],
  ["9", "9", "DecimalSI"],
  ["8k", "8000", "DecimalSI"],
  ["50k", "50000", "DecimalSI"],
  ["7M", "7000000", "DecimalSI"],
  ["6G", "6000000000", "DecimalSI"],
  ["5T", "5000000000000", "DecimalSI"],
  ["40T", "40000000000000", "DecimalSI"],
  ["300T", "300000000000000", "DecimalSI"],
  ["2P", "2000000000000000", "DecimalSI"],
  ["1E", "1000000000000000000", "DecimalSI"],
  ["1E-3", "0.001", "DecimalExponent"],
  ["1e3", "1000", "DecimalExponent"],
  ["1E6", "1000000", "DecimalExponent"],
  ["1e9", "1000000000", "DecimalExponent"],
  ["1E12", "1000000000000", "DecimalExponent"],
  ["1e15", "1000000000000000", "DecimalExponent"],
  ["1E18", "1000000000000000000", "DecimalExponent"],
  ["1e14", "100000000000000", "DecimalExponent"],
  ["1e13", "10000000000000", "DecimalExponent"],
  ["100.035k", "100035", "DecimalSI"],
  ["0.001", "0.001", "DecimalSI"],
  ["0.0005k", "0.5", "DecimalSI"],
  ["0.005", "0.005", "DecimalSI"],
  ["0.05", "0.05", "DecimalSI"],
  ["0.5", "0.5", "DecimalSI"],
  ["0.00050k", "0.5", "DecimalSI"],
  ["0.00500", "0.005", "DecimalSI"],
  ["0.05000", "0.05", "DecimalSI"],
  ["0.50000", "0.5", "DecimalSI"],
  ["0.5e0", "0.5", "DecimalExponent"],
  ["0.5e-1", "0.05", "DecimalExponent"],
  ["0.5e-2", "0.005", "DecimalExponent"],
  ["10.035M", "10035000", "DecimalSI"],
  ["1.2e3", "1200", "DecimalExponent"],
  ["1.3E+6", "1300000", "DecimalExponent"],
  ["1.40e9", "1400000000", "DecimalExponent"],
  ["1.53E12", "1530000000000", "DecimalExponent"],
  ["1.6e15", "1600000000000000", "DecimalExponent"],
  ["1.7E18", "1700000000000000000", "DecimalExponent"],
  ["9.01", "9.01", "DecimalSI"],
  ["8.1k", "8100", "DecimalSI"],
  ["7.123456M", "7123456", "DecimalSI"],
  ["6.987654321G", "6987654321", "DecimalSI"],
  ["5.444T", "5444000000000", "DecimalSI"],
  ["40.1T", "40100000000000", "DecimalSI"],
  ["300.2T", "300200000000000", "DecimalSI"],
  ["2.5P", "2500000000000000", "DecimalSI"],
  ["1.01E", "1010000000000000000", "DecimalSI"],
  // things that saturate or round
  ["3.001n", "0.000000004", "DecimalSI"],
  ["1.1E-9", "0.000000002", "DecimalExponent"],
  ["0.0000000001", "0.000000001", "DecimalSI"],
  ["0.0000000005", "0.000000001", "DecimalSI"],
  ["0.00000000050", "0.000000001", "DecimalSI"],
  ["0.5e-9", "0.000000001", "DecimalExponent"],
  ["0.9n", "0.000000001", "DecimalSI"],
  ["0.00000012345", "0.000000124", "DecimalSI"],
  ["0.00000012354", "0.000000124", "DecimalSI"],
  ["9Ei", "9223372036854775807", "BinarySI"],
  ["9223372036854775807Ki", "9223372036854775807", "BinarySI"],
  ["12E", "12000000000000000000", "DecimalSI"],
  // fractional binary amounts
  ["100.035Ki", "102435.84", "BinarySI"],
  ["0.5Mi", "524288", "BinarySI"],
  ["0.05Gi", "53687091.2", "BinarySI"],
  ["0.025Ti", "27487790694.4", "BinarySI"],
  // "things written by trolls"
  ["0.000000000001Ki", "0.000000002", "DecimalSI"],
  [".001", "0.001", "DecimalSI"],
  [".0001k", "0.1", "DecimalSI"],
  ["1.", "1", "DecimalSI"],
  ["1.G", "1000000000", "DecimalSI"],
];

describe("parseQuantity", () => {
  it.each(ACCEPTED)("parses %j exactly", (input, value, format) => {
    const q = parsed(input);
    expect(decimal(q)).toBe(value);
    expect(q.format).toBe(format);
  });

  it.each(ACCEPTED)("parses -%s and +%s like Kubernetes (negated, same format)", (input, value, format) => {
    const negative = parsed(`-${input}`);
    expect(decimal(negative)).toBe(value === "0" ? "0" : `-${value}`);
    expect(negative.format).toBe(format);
    const positive = parsed(`+${input}`);
    expect(decimal(positive)).toBe(value);
    expect(positive.format).toBe(format);
  });

  // apimachinery TestParseQuantity: values around and beyond int64 stay exact (decimal values are not capped).
  it.each([
    ["-999999999999999999", "-999999999999999999"],
    ["999999999999999999.1", "999999999999999999.1"],
    ["9999999999999999999", "9999999999999999999"],
    ["-1.0000000000000000001E", "-1000000000000000000.1"],
    ["1.000000000000000001E", "1000000000000000001"],
    ["10E", "10000000000000000000"],
    ["10000000000000000000000m", "10000000000000000000"],
    ["-9223372036854775809", "-9223372036854775809"],
    ["9223372036854775808.1", "9223372036854775808.1"],
    ["-9223372036854775808000m", "-9223372036854775808"],
  ])("keeps %s exact", (input, value) => {
    expect(decimal(parsed(input))).toBe(value);
  });

  // apimachinery TestQuantityParse "invalid" (its " 1" and "1 " are below: the API server trims them).
  it.each(["", "1.1.M", "1+1.0M", "0.1mi", "0.1am", "aoeu", ".5i", "1i", "-3.01i", "-3.01e-"])(
    "rejects %j",
    (input) => {
      expect(parseQuantity(input)).toBeUndefined();
      expect(checkQuantity(input)?.rule).toBe("format.quantity");
    },
  );

  it.each([
    "1gb",
    "1 Gi",
    "1GB",
    "1K",
    "1kb",
    "1Mb",
    "1mi",
    "Non-Numeric",
    "1e",
    "1ee3",
    "1e3e4",
    "1Ki3",
    "1-3",
    "1e+",
    "--1",
  ])("rejects %j", (input) => expect(parseQuantity(input)).toBeUndefined());

  it("trims spaces around a value as UnmarshalJSON does, but not escaped tabs or line breaks", () => {
    // apimachinery TestJSONWhitespace: `" 1"` and `"1 "` unmarshal to 1.
    expect(decimal(parsed(" 1"))).toBe("1");
    expect(decimal(parsed("1 "))).toBe("1");
    expect(decimal(parsed("\u00a01Gi\u3000"))).toBe("1073741824");
    // A tab or newline reaches UnmarshalJSON as the two characters "\t" or "\n", which do not parse.
    expect(parseQuantity("1Gi\n")).toBeUndefined();
    expect(parseQuantity("\t1")).toBeUndefined();
    expect(parseQuantity("   ")).toBeUndefined();
  });

  it("accepts JSON numbers the way their text parses", () => {
    expect(decimal(parsed(0.5))).toBe("0.5");
    expect(decimal(parsed(2))).toBe("2");
    expect(decimal(parsed(-1.5))).toBe("-1.5");
    expect(decimal(parsed(1e21))).toBe("1000000000000000000000");
    expect(decimal(parsed(1.5e-7))).toBe("0.00000015");
    expect(decimal(parsed(1e-10))).toBe("0.000000001");
    expect(parseQuantity(Number.NaN)).toBeUndefined();
    expect(parseQuantity(Number.POSITIVE_INFINITY)).toBeUndefined();
  });

  it("keeps Kubernetes' quirks for numbers without digits", () => {
    // parseQuantityString returns "0" for a bare sign and for "." (apimachinery TestParseQuantityString).
    for (const zero of ["-", "+", ".", "-.", "k", "m", "Gi", "Ti", ".e-9", "+Mi"]) {
      expect(decimal(parsed(zero)), zero).toBe("0");
    }
    // Pi, Ei and exponents below -9 take Go's slow path, where inf.Dec refuses a number with no digits.
    for (const bad of ["Pi", "Ei", ".e-10", "-.Ei"]) expect(parseQuantity(bad), bad).toBeUndefined();
    expect(decimal(parsed("0Ei"))).toBe("0");
  });

  it("reads exponents as int64 and truncates them to int32 like suffix.go", () => {
    expect(decimal(parsed("1e+03"))).toBe("1000");
    expect(decimal(parsed("1e-0"))).toBe("1");
    expect(decimal(parsed("1e4294967296"))).toBe("1"); // 2^32 truncates to 0
    expect(decimal(parsed("1e4294967297"))).toBe("10"); // 2^32 + 1 truncates to 1
    expect(decimal(parsed("1e9223372036854775807"))).toBe("0.1"); // int64 max truncates to -1
    expect(decimal(parsed("1e-9223372036854775808"))).toBe("1"); // int64 min truncates to 0
    expect(parseQuantity("1e9223372036854775808")).toBeUndefined(); // does not fit int64
    expect(parseQuantity("1e99999999999999999999")).toBeUndefined();
  });

  it("represents huge and tiny exponents without expanding them", () => {
    const huge = parsed("1e2000000000");
    expect(huge.mantissa).toBe(1n);
    expect(huge.exponent).toBe(2000000000);
    const tiny = parsed("5e-2000000000");
    expect(decimal(tiny)).toBe("0.000000001");
  });

  it("caps binary amounts at 2^63-1 whatever their sign", () => {
    expect(decimal(parsed("8Ei"))).toBe("9223372036854775807");
    expect(decimal(parsed("-8Ei"))).toBe("-9223372036854775807");
    expect(decimal(parsed("7.99Ei"))).toBe("9211842821808707338.24");
    expect(cmp("8Ei", "9223372036854775807")).toBe(0);
    expect(cmp("8Ei", "9Ei")).toBe(0);
    // decimal amounts are not capped
    expect(cmp("9223372036854775808", "8Ei")).toBe(1);
  });

  it("normalizes, so equal values have equal fields", () => {
    expect(parsed("1000m")).toEqual({ mantissa: 1n, exponent: 0, format: "DecimalSI" });
    expect(parsed("1k")).toEqual({ mantissa: 1n, exponent: 3, format: "DecimalSI" });
    expect(parsed("5Ki")).toEqual({ mantissa: 512n, exponent: 1, format: "BinarySI" });
    expect(parsed("-0")).toEqual({ mantissa: 0n, exponent: 0, format: "DecimalSI" });
  });
});

describe("compareQuantities", () => {
  it.each([
    ["1Gi", "1G", 1],
    ["1000m", "1", 0],
    ["0.1", "100m", 0],
    ["1e3", "1k", 0],
    ["1Ki", "1024", 0],
    ["128974848", "129e6", -1],
    ["128974848", "123Mi", 0],
    ["129e6", "129M", 0],
    ["1.5G", "1500M", 0],
    ["1.5Gi", "1536Mi", 0],
    ["0.5", "500m", 0],
    ["1", "1n", 1],
    ["0.1n", "1n", 0],
    ["-0.1n", "-1n", 0],
    ["-1", "1", -1],
    ["-2", "-1", -1],
    ["-1Gi", "-1G", -1],
    ["0", "-0", 0],
    ["0", "1n", -1],
    ["-1n", "0", -1],
    // apimachinery TestQuantityCmp
    ["100m", "50m", 1],
    ["50m", "100m", -1],
    ["10000T", "100Gi", 1],
    // exponents far apart
    ["1e2000000000", "9e1999999999", 1],
    ["10e1999999999", "1e2000000000", 0],
    ["-1e2000000000", "-9e1999999999", -1],
    ["1e100", "1n", 1],
    ["1n", "1e100", -1],
    ["-1e100", "-1n", -1],
    ["-1n", "-1e100", 1],
    ["123e50", "1.23e52", 0],
    ["12345678901234567890e50", "1.2345678901234567891e69", -1],
    // 43 digits against 2 digits: exponents 41 apart, leading digits at the same position
    ["1234567890123456789012345678901234567890123", "1.3e42", -1],
    ["1234567890123456789012345678901234567890123", "1.2e42", 1],
    ["1234567890123456789012345678901234567890123", "1234567890123456789012345678901234567890.123k", 0],
  ])("compares %s with %s as %i", (a, b, expected) => {
    expect(cmp(a, b)).toBe(expected);
    expect(cmp(b, a)).toBe(-expected || 0);
  });
});

describe("quantityToNumber", () => {
  it("converts to base units", () => {
    expect(quantityToNumber(parsed("1Gi"))).toBe(1073741824);
    expect(quantityToNumber(parsed("100m"))).toBe(0.1);
    expect(quantityToNumber(parsed("250m"))).toBe(0.25);
    expect(quantityToNumber(parsed("1.5G"))).toBe(1.5e9);
    expect(quantityToNumber(parsed("-3n"))).toBe(-3e-9);
    expect(quantityToNumber(parsed("0"))).toBe(0);
    expect(quantityToNumber(parsed("8Ei"))).toBe(2 ** 63); // 2^63-1 rounds to the nearest double
    expect(quantityToNumber(parsed("1e400"))).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("formatQuantity", () => {
  it("echoes the value for messages", () => {
    expect(formatQuantity(" 500m ")).toBe("500m");
    expect(formatQuantity(0.5)).toBe("0.5");
    expect(formatQuantity("1Gi")).toBe("1Gi");
  });
});

describe("checkQuantity", () => {
  it("accepts what Kubernetes accepts", () => {
    for (const value of ["100m", "0.5", "1Gi", "200Mi", "1e3", "1.5G", "-1", " 1Gi", 1, 0.25, -3, 1e21]) {
      expect(checkQuantity(value), String(value)).toBeUndefined();
    }
  });

  it("rejects what is not a string or a finite number", () => {
    for (const value of [true, null, undefined, {}, [], Number.NaN, Number.NEGATIVE_INFINITY]) {
      const problem = checkQuantity(value);
      expect(problem?.rule, String(value)).toBe("format.quantity");
    }
    expect(checkQuantity(null)!.message.en).toContain("null");
    expect(checkQuantity(true)!.message.en).toContain("boolean");
  });

  it("says what is wrong and how to write it", () => {
    const gb = checkQuantity("1gb")!;
    expect(gb.message.en).toContain('"gb"');
    expect(gb.message.ko).toContain('"gb"');
    expect(gb.fix.en).toContain('"1G"');
    expect(gb.fix.en).toContain('"1Gi"');
    expect(checkQuantity("2GiB")!.fix.en).toMatch(/^use "2Gi"/);
    expect(checkQuantity("512MB")!.fix.en).toMatch(/^use "512M"/);
    expect(checkQuantity("1K")!.fix.en).toContain('"1k"');
    expect(checkQuantity("1 Gi")!.message.en).toContain("whitespace");
    expect(checkQuantity("1 Gi")!.fix.en).toBe('use "1Gi" instead');
    expect(checkQuantity("1Gi\n")!.message.en).toContain("line break");
    expect(checkQuantity("1Gi\n")!.fix.en).toBe('use "1Gi" instead');
    expect(checkQuantity("100B")!.fix.en).toBe('use "100" instead');
    expect(checkQuantity("abc")!.message.en).toContain("does not start with a number");
    expect(checkQuantity("Ei")!.message.en).toContain("no digit");
    expect(checkQuantity("Ei")!.fix.en).toBe('use "1Ei" instead');
    expect(checkQuantity("")!.message.en).toContain("empty");
  });

  it("writes every problem in both languages, the Korean in the plain style", () => {
    for (const value of ["1gb", "1 Gi", "1Gi\n", "abc", "Ei", "", "1e-", "2GiB", true, Number.NaN]) {
      const problem = checkQuantity(value)!;
      for (const text of [problem.message, problem.fix]) {
        expect(text.en.length).toBeGreaterThan(0);
        expect(text.ko).toMatch(/[가-힣]/);
        expect(text.ko).toMatch(/다\.$/);
      }
    }
  });
});

describe("checkNonNegativeQuantity", () => {
  it("accepts zero and positive amounts", () => {
    for (const value of ["0", "-0", "-", "-0.000", "-0Gi", "1", "100m", 0, -0, 2]) {
      expect(checkNonNegativeQuantity(value), String(value)).toBeUndefined();
    }
  });

  it("rejects negative amounts with its own rule", () => {
    for (const value of ["-1", "-100m", "-1Gi", " -2 ", -0.5, -1]) {
      const problem = checkNonNegativeQuantity(value);
      expect(problem?.rule, String(value)).toBe("format.quantity-negative");
      expect(problem!.message.ko).toMatch(/다\.$/);
      expect(problem!.fix.ko).toMatch(/다\.$/);
    }
    expect(checkNonNegativeQuantity("-100m")!.fix.en).toContain('"100m"');
    expect(checkNonNegativeQuantity(-0.5)!.fix.en).toContain('"0.5"');
  });

  it("sees a negative amount too small to write as negative after rounding", () => {
    // -0.0000000001 rounds away from zero to -1n, which ValidateNonnegativeQuantity rejects.
    expect(checkNonNegativeQuantity("-0.0000000001")?.rule).toBe("format.quantity-negative");
    expect(decimal(parsed("-0.0000000001"))).toBe("-0.000000001");
  });

  it("reports malformed values as format problems first", () => {
    expect(checkNonNegativeQuantity("-1gb")?.rule).toBe("format.quantity");
    expect(checkNonNegativeQuantity(Number.NaN)?.rule).toBe("format.quantity");
    expect(checkNonNegativeQuantity("x")?.rule).toBe("format.quantity");
  });
});
