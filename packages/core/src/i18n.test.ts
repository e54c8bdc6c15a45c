import { describe, expect, it } from "vitest";
import { endsInConsonant, josa } from "./i18n.js";

describe("josa picks the Korean particle by the word's last sound", () => {
  it.each([
    ["정수", "을/를", "정수를"],
    ["정수", "이어야/여야", "정수여야"],
    ["문자열", "이어야/여야", "문자열이어야"],
    ["객체", "을/를", "객체를"],
    ["false", "을/를", "false를"],
    ["true", "이/가", "true가"],
    ["label", "을/를", "label을"],
    ["name", "이/가", "name이"],
    ["`job`", "은/는", "`job`은"],
    ["3", "과/와", "3과"],
    ["2", "과/와", "2와"],
    ["10", "으로/로", "10으로"],
    ["65535", "이다/다", "65535다"],
    ["StatefulSet", "이어야/여야", "StatefulSet이어야"],
    ["Job", "으로/로", "Job으로"],
    ["CronJob", "이어야/여야", "CronJob이어야"],
    ["list", "을/를", "list를"],
    ["TCP", "이다/다", "TCP다"],
    ["URL", "을/를", "URL을"],
    ["OnDelete", "이다/다", "OnDelete다"],
    ['"web"', "이라는/라는", '"web"이라는'],
    ['"data"', "이라는/라는", '"data"라는'],
  ] as const)("%s + %s = %s", (word, particle, expected) => {
    expect(josa(word, particle)).toBe(expected);
  });

  it("reads Hangul exactly and skips trailing punctuation", () => {
    expect(endsInConsonant("잡")).toBe(true);
    expect(endsInConsonant("크론잡.")).toBe(true);
    expect(endsInConsonant("파드")).toBe(false);
    expect(endsInConsonant("")).toBe(false);
  });
});
