import { describe, expect, it } from "vitest";
import { checkSchedule, checkTimeZone, describeSchedule, explainSchedule, nextRuns } from "./cron.js";

const iso = (dates: readonly Date[]) => dates.map((d) => d.toISOString().replace(".000Z", "Z"));

// Every verdict below was also checked against robfig/cron v3.0.1 ParseStandard plus the Kubernetes TZ check
// (pkg/apis/batch/validation/validation.go, validateScheduleFormat), run from Go.
describe("checkSchedule accepts what Kubernetes accepts", () => {
  it.each([
    // kubernetes pkg/apis/batch/validation/validation_test.go (TestValidateCronJob success cases)
    "* * * * ?",
    "@hourly",
    "0 * * * *",
    // robfig/cron parser_test.go (TestStandardSpecSchedule, TestParseSchedule)
    "5 * * * *",
    "@every 5m",
    "@midnight",
    "@yearly",
    "@annually",
    // the rest of the five fields and the descriptors
    "* * * * *",
    "0 3 * * *",
    "*/5 * * * *",
    "1-30/2 * * * *",
    "5/15 * * * *",
    "0 9 * * MON-FRI",
    "0 9 * * mon-fri",
    "0 0 1 JAN *",
    "0 0 1 jan,Jul *",
    "0 0 ? * ?",
    "0 0 * * 0",
    "0 0 * * SAT",
    "59 23 31 12 *",
    "@monthly",
    "@weekly",
    "@daily",
    "@every 1h30m",
    // robfig quirks that Kubernetes therefore accepts too
    "? ? ? ? ?", // ? is * in every field
    "0 0 30 2 *", // valid syntax, but the date never comes
    "*-5 * * * *", // robfig ignores what follows a star
    "+5 * * * *", // Go's Atoi takes a plus sign
    "05 * * * *",
    "1,,2 * * * *", // empty list items are skipped
    ", * * * *", // even all of them: the job never runs
    "*/60 * * * *", // a step past the end keeps only the first value
    "  0   3 * * *\t", // any Go whitespace separates fields
    "@every 1.5h",
    "@every 500ms", // less than a second runs every second
    "@every 0",
    "@every -5m", // negative durations parse, and also run every second
    "@every 1\u00b5s",
  ])("accepts %j", (schedule) => {
    expect(checkSchedule(schedule)).toBeUndefined();
  });
});

describe("checkSchedule rejects what Kubernetes rejects", () => {
  it.each([
    // kubernetes validation_test.go: "error", "" and TZ= (TestValidateCronJob, TestValidateCronJobScheduleTZ)
    ["error", "cron.fields"],
    ["", "cron.syntax"],
    ["TZ=UTC 0 * * * *", "cron.tz-in-schedule"],
    ["CRON_TZ=Asia/Seoul 0 3 * * *", "cron.tz-in-schedule"],
    ["0 3 * * * TZ", "cron.tz-in-schedule"], // Kubernetes rejects any "TZ" in the schedule
    // robfig parser_test.go (TestParseScheduleErrors, TestStandardSpecSchedule, TestRange)
    ["5 j * * *", "cron.syntax"],
    ["* * * *", "cron.fields"],
    ["@every Xm", "cron.syntax"],
    ["@unrecognized", "cron.syntax"],
    ["5--5 * * * *", "cron.syntax"],
    ["*//2 * * * *", "cron.syntax"],
    ["*/-12 * * * *", "cron.step"],
    ["*/0 * * * *", "cron.step"],
    ["5-3 * * * *", "cron.range"],
    // fields and ranges
    ["0 0 * * * *", "cron.fields"], // seconds
    ["0 3 * * * 2026", "cron.fields"], // year
    [" ", "cron.fields"],
    ["0 3 * * 7", "cron.range"], // robfig's day-of-week is 0-6
    ["0 3 * 0 *", "cron.range"],
    ["60 * * * *", "cron.range"],
    ["0 24 * * *", "cron.range"],
    ["0 0 0 * *", "cron.range"],
    ["0 0 32 * *", "cron.range"],
    ["0 0 * 13 *", "cron.range"],
    ["22-2 * * * *", "cron.range"],
    ["99999999999999999999 * * * *", "cron.range"],
    ["5/0 * * * *", "cron.step"],
    ["*/x * * * *", "cron.step"],
    ["-5 * * * *", "cron.syntax"],
    ["0 0 1 foo *", "cron.syntax"],
    ["0 0 * * SUNDAY", "cron.syntax"],
    // Quartz extensions
    ["0 0 L * *", "cron.unsupported"],
    ["0 0 LW * *", "cron.unsupported"],
    ["0 0 15W * *", "cron.unsupported"],
    ["0 0 * * 5L", "cron.unsupported"],
    ["0 0 * * 5#2", "cron.unsupported"],
    ["0 0 * * FRI#2", "cron.unsupported"],
    // descriptors
    ["@reboot", "cron.unsupported"],
    ["@DAILY", "cron.syntax"],
    [" @daily", "cron.syntax"],
    ["@daily ", "cron.syntax"],
    ["@every", "cron.syntax"],
    ["@every 1d", "cron.syntax"],
    ["@every 5", "cron.syntax"],
    ["@every 1h 30m", "cron.syntax"],
  ])("rejects %j as %s", (schedule, rule) => {
    expect(checkSchedule(schedule)?.rule).toBe(rule);
  });

  it("names the rule and the fix in both languages", () => {
    expect(checkSchedule("0 3 * * 7")).toEqual({
      rule: "cron.range",
      message: { en: "day-of-week 7 is out of range 0-6", ko: "요일 값 7이 허용 범위 0-6을 벗어난다" },
      fix: { en: "use 0 or SUN for Sunday", ko: "일요일은 0 또는 SUN으로 쓴다" },
    });
    const month = checkSchedule("0 3 1 0 *");
    expect(month?.message).toEqual({
      en: "month 0 is out of range 1-12",
      ko: "월 값 0이 허용 범위 1-12를 벗어난다",
    });
    expect(checkSchedule("0 0 * * * *")?.fix.en).toContain("no seconds field");
    expect(checkSchedule("0 0 * * * *")?.fix.ko).toContain("초 필드가 없다");
    expect(checkSchedule("22-2 * * * *")?.fix.en).toContain("22-59,0-2");
  });

  it("moves a TZ= prefix into a timeZone suggestion", () => {
    const p = checkSchedule("CRON_TZ=Asia/Seoul 0 3 * * *");
    expect(p?.fix.en).toBe('move the zone to its own field: timeZone: Asia/Seoul and schedule: "0 3 * * *"');
    expect(p?.fix.ko).toContain("timeZone: Asia/Seoul");
  });
});

describe("checkTimeZone", () => {
  it.each([
    // kubernetes validation_test.go: timeZoneUTC, timeZoneCorrect
    "UTC",
    "Europe/Rome",
    "Etc/UTC",
    "Asia/Seoul",
    "America/New_York",
    "America/Argentina/ComodRivadavia",
    "US/Eastern", // legacy links are in Go's database
    "Asia/Calcutta",
    "Etc/GMT-9",
    "Factory",
  ])("accepts %j", (zone) => {
    expect(checkTimeZone(zone)).toBeUndefined();
  });

  it.each([
    // kubernetes validation_test.go: timeZoneEmpty, timeZoneLocal, timeZoneBadPrefix, timeZoneBadSuffix,
    // timeZoneBadName, timeZoneEmptySpace
    ["", "timezone.unknown"],
    ["LOCAL", "timezone.local"],
    [" Europe/Rome", "timezone.unknown"],
    ["Europe/Rome ", "timezone.unknown"],
    ["Europe/InvalidRome", "timezone.unknown"],
    [" ", "timezone.unknown"],
    ["Local", "timezone.local"],
    ["local", "timezone.local"],
    // Go looks names up case-sensitively, Intl does not
    ["utc", "timezone.case"],
    ["asia/seoul", "timezone.case"],
    ["ASIA/SEOUL", "timezone.case"],
    ["us/eastern", "timezone.case"],
    // Intl knows these, Go does not
    ["PST", "timezone.unknown"],
    ["JST", "timezone.unknown"],
    ["+09:00", "timezone.unknown"],
    ["US/Pacific-New", "timezone.unknown"],
    ["SystemV/AST4", "timezone.unknown"],
    ["../etc/passwd", "timezone.unknown"],
    ["Asia//Seoul", "timezone.unknown"],
  ])("rejects %j as %s", (zone, rule) => {
    expect(checkTimeZone(zone)?.rule).toBe(rule);
  });

  it("suggests the spelling Go knows", () => {
    expect(checkTimeZone("asia/seoul")?.fix).toEqual({
      en: "write Asia/Seoul",
      ko: "이름은 Asia/Seoul 그대로 쓴다",
    });
    expect(checkTimeZone("PST")?.fix.en).toBe("use the IANA name America/Los_Angeles");
    expect(checkTimeZone("+09:00")?.fix.en).toBe("use the IANA name Etc/GMT-9");
  });
});

// Expected run times come from robfig/cron v3.0.1 SpecSchedule.Next, called on "TZ=<zone> <schedule>" the way
// the CronJob controller builds it (formatSchedule), with Go's time zone data.
describe("nextRuns matches robfig's Next", () => {
  it("skips 02:30 on the day New York springs forward", () => {
    const runs = nextRuns("30 2 * * *", {
      timeZone: "America/New_York",
      from: new Date("2026-03-06T12:00:00Z"),
      count: 4,
    });
    expect(iso(runs)).toEqual([
      "2026-03-07T07:30:00Z",
      "2026-03-09T06:30:00Z",
      "2026-03-10T06:30:00Z",
      "2026-03-11T06:30:00Z",
    ]);
  });

  it("runs 01:30 twice on the day New York falls back", () => {
    const runs = nextRuns("30 1 * * *", {
      timeZone: "America/New_York",
      from: new Date("2026-10-31T12:00:00Z"),
      count: 4,
    });
    expect(iso(runs)).toEqual([
      "2026-11-01T05:30:00Z",
      "2026-11-01T06:30:00Z",
      "2026-11-02T06:30:00Z",
      "2026-11-03T06:30:00Z",
    ]);
  });

  it("keeps hourly jobs hourly across both changes", () => {
    const fallBack = nextRuns("0 * * * *", {
      timeZone: "America/New_York",
      from: new Date("2026-11-01T04:30:00Z"),
      count: 4,
    });
    expect(iso(fallBack)).toEqual([
      "2026-11-01T05:00:00Z",
      "2026-11-01T06:00:00Z",
      "2026-11-01T07:00:00Z",
      "2026-11-01T08:00:00Z",
    ]);
    const springForward = nextRuns("0 3 * * *", {
      timeZone: "America/New_York",
      from: new Date("2026-03-07T00:00:00Z"),
      count: 3,
    });
    expect(iso(springForward)).toEqual([
      "2026-03-07T08:00:00Z",
      "2026-03-08T07:00:00Z",
      "2026-03-09T07:00:00Z",
    ]);
  });

  it("skips the day whose midnight does not exist (Sao Paulo, 2018-11-04)", () => {
    const runs = nextRuns("0 0 * * *", {
      timeZone: "America/Sao_Paulo",
      from: new Date("2018-11-02T12:00:00Z"),
      count: 3,
    });
    expect(iso(runs)).toEqual(["2018-11-03T03:00:00Z", "2018-11-05T02:00:00Z", "2018-11-06T02:00:00Z"]);
  });

  it("moves back to midnight after a day that starts at 01:00 (Havana changes at midnight)", () => {
    const from = new Date("2026-03-06T12:00:00Z");
    const monthly = nextRuns("0 0 15 * *", { timeZone: "America/Havana", from, count: 2 });
    expect(iso(monthly)).toEqual(["2026-03-15T04:00:00Z", "2026-04-15T04:00:00Z"]);
    const daily = nextRuns("30 0 * * *", { timeZone: "America/Havana", from, count: 3 });
    expect(iso(daily)).toEqual(["2026-03-07T05:30:00Z", "2026-03-09T04:30:00Z", "2026-03-10T04:30:00Z"]);
  });

  it("handles a half-hour change (Lord Howe)", () => {
    const runs = nextRuns("30 1 * * *", {
      timeZone: "Australia/Lord_Howe",
      from: new Date("2026-04-03T12:00:00Z"),
      count: 3,
    });
    expect(iso(runs)).toEqual(["2026-04-03T14:30:00Z", "2026-04-04T14:30:00Z", "2026-04-04T15:00:00Z"]);
  });

  it("computes Asia/Seoul weekdays", () => {
    const runs = nextRuns("0 9 * * 1-5", { timeZone: "Asia/Seoul", from: new Date("2026-05-01T00:00:00Z") });
    expect(iso(runs)).toEqual([
      "2026-05-04T00:00:00Z",
      "2026-05-05T00:00:00Z",
      "2026-05-06T00:00:00Z",
      "2026-05-07T00:00:00Z",
      "2026-05-08T00:00:00Z",
    ]);
    const weekly = nextRuns("@weekly", {
      timeZone: "Asia/Seoul",
      from: new Date("2026-06-01T00:00:00Z"),
      count: 2,
    });
    expect(iso(weekly)).toEqual(["2026-06-06T15:00:00Z", "2026-06-13T15:00:00Z"]);
  });

  it("treats a link like its target zone", () => {
    const runs = nextRuns("30 2 * * *", {
      timeZone: "US/Eastern",
      from: new Date("2026-03-06T12:00:00Z"),
      count: 2,
    });
    expect(iso(runs)).toEqual(["2026-03-07T07:30:00Z", "2026-03-09T06:30:00Z"]);
  });

  it("defaults to five runs in UTC", () => {
    const runs = nextRuns("5/15 * * * *", { from: new Date("2026-06-01T00:00:00Z") });
    expect(iso(runs)).toEqual([
      "2026-06-01T00:05:00Z",
      "2026-06-01T00:20:00Z",
      "2026-06-01T00:35:00Z",
      "2026-06-01T00:50:00Z",
      "2026-06-01T01:05:00Z",
    ]);
  });

  it("returns nothing for a schedule that never runs, and stops after five years without a run", () => {
    const from = new Date("2026-06-01T00:00:00Z");
    expect(nextRuns("0 0 30 2 *", { from })).toEqual([]);
    expect(nextRuns(", * * * *", { from })).toEqual([]);
    // 2100 is not a leap year: after 2096 the next 29 February is eight years away, past robfig's limit.
    expect(nextRuns("0 0 29 2 *", { from: new Date("2097-01-01T00:00:00Z") })).toEqual([]);
    expect(iso(nextRuns("0 12 29 2 *", { from, count: 3 }))).toEqual([
      "2028-02-29T12:00:00Z",
      "2032-02-29T12:00:00Z",
      "2036-02-29T12:00:00Z",
    ]);
  });

  it("spaces @every runs from the previous run, in whole seconds, at least one second apart", () => {
    const from = new Date("2026-06-01T00:00:30.750Z");
    expect(iso(nextRuns("@every 90m", { from, count: 3 }))).toEqual([
      "2026-06-01T01:30:30Z",
      "2026-06-01T03:00:30Z",
      "2026-06-01T04:30:30Z",
    ]);
    expect(iso(nextRuns("@every -5m", { from: new Date("2026-06-01T00:00:00Z"), count: 3 }))).toEqual([
      "2026-06-01T00:00:01Z",
      "2026-06-01T00:00:02Z",
      "2026-06-01T00:00:03Z",
    ]);
  });

  it("gives up where robfig's search would never end (Pacific/Apia skipped 2011-12-30)", () => {
    const runs = nextRuns("35 21 * * */6", {
      timeZone: "Pacific/Apia",
      from: new Date("2011-12-29T00:00:00Z"),
    });
    expect(runs).toEqual([]);
  });

  it("throws on an invalid schedule, time zone or count", () => {
    expect(() => nextRuns("0 3 * * 7")).toThrow(/day-of-week 7 is out of range 0-6/);
    expect(() => nextRuns("0 3 * * *", { timeZone: "asia/seoul" })).toThrow(/wrong case/);
    expect(() => nextRuns("0 3 * * *", { count: -1 })).toThrow(/count/);
  });
});

// robfig: when the day-of-month or the day-of-week is a bare * or ? (with step 1), a day must match both;
// otherwise a day matching either one is enough. Expected values from robfig's Next as above.
describe("day-of-month and day-of-week", () => {
  const from = new Date("2026-06-01T00:00:00Z"); // a Monday

  it.each([
    [
      "0 0 1 * 1",
      [
        "2026-06-08T00:00:00Z",
        "2026-06-15T00:00:00Z",
        "2026-06-22T00:00:00Z",
        "2026-06-29T00:00:00Z",
        "2026-07-01T00:00:00Z",
      ],
    ],
    [
      "0 0 */2 * 1",
      [
        "2026-06-03T00:00:00Z",
        "2026-06-05T00:00:00Z",
        "2026-06-07T00:00:00Z",
        "2026-06-08T00:00:00Z",
        "2026-06-09T00:00:00Z",
      ],
    ],
    [
      "0 0 1-31 * 1",
      [
        "2026-06-02T00:00:00Z",
        "2026-06-03T00:00:00Z",
        "2026-06-04T00:00:00Z",
        "2026-06-05T00:00:00Z",
        "2026-06-06T00:00:00Z",
      ],
    ],
  ])("%s runs on days matching either field", (schedule, expected) => {
    expect(iso(nextRuns(schedule, { from }))).toEqual(expected);
  });

  it.each([
    ["0 0 * * 1", ["2026-06-08T00:00:00Z", "2026-06-15T00:00:00Z", "2026-06-22T00:00:00Z"]],
    ["0 0 ? * 1", ["2026-06-08T00:00:00Z", "2026-06-15T00:00:00Z", "2026-06-22T00:00:00Z"]],
    ["0 0 */1 * 1", ["2026-06-08T00:00:00Z", "2026-06-15T00:00:00Z", "2026-06-22T00:00:00Z"]],
    ["0 0 1 * ?", ["2026-07-01T00:00:00Z", "2026-08-01T00:00:00Z", "2026-09-01T00:00:00Z"]],
  ])("%s runs only on days matching both fields", (schedule, expected) => {
    expect(iso(nextRuns(schedule, { from, count: 3 }))).toEqual(expected);
  });
});

describe("describeSchedule", () => {
  it.each([
    ["0 3 * * *", "At 03:00", "매일 오전 3시"],
    ["*/5 * * * *", "Every 5 minutes", "5분마다"],
    ["0 * * * *", "Every hour", "매시 정각"],
    ["30 2 * * 1-5", "At 02:30, Monday through Friday", "매주 월요일부터 금요일까지 오전 2시 30분"],
    ["0 9 * * MON", "At 09:00, only on Monday", "매주 월요일 오전 9시"],
    ["0 0 1 * *", "At 00:00, on day 1 of the month", "매월 1일 자정"],
    ["@yearly", "At 00:00, on day 1 of the month, only in January", "매년 1월 1일 자정"],
    ["0 12 1,15 * *", "At 12:00, on day 1 and 15 of the month", "매월 1일, 15일 정오"],
    ["15 14 1 * *", "At 14:15, on day 1 of the month", "매월 1일 오후 2시 15분"],
    ["5/15 * * * *", "Every 15 minutes, starting at 5 minutes past the hour", "매시 5분부터 15분마다"],
    [
      "*/10 9-18 * * *",
      "Every 10 minutes, between 09:00 and 18:59",
      "오전 9시부터 오후 6시 59분까지 10분마다",
    ],
    ["0 8 1 * 1", "At 08:00, on day 1 of the month, and on Monday", "매월 1일 또는 매주 월요일 오전 8시"],
    ["0 0 ? * ?", "At 00:00", "매일 자정"],
    ["@every 90m", "Every 1 hour 30 minutes, counted from the previous run", "이전 실행부터 1시간 30분마다"],
    [
      "0 0 30 2 *",
      "At 00:00, on day 30 of the month, only in February (this date never occurs, so the job never runs)",
      "매년 2월 30일 자정(이 날짜는 없으므로 실행되지 않는다)",
    ],
    [", * * * *", "Never runs: the minute field lists no values", "실행되지 않는다(분 필드에 값이 없다)"],
  ])("%s", (schedule, en, ko) => {
    expect(describeSchedule(schedule, "en")).toBe(en);
    expect(describeSchedule(schedule, "ko")).toBe(ko);
  });

  it("reads robfig's forms the way robfig does", () => {
    // "*-5" is "*" and "+5" is 5 for robfig, and the description says so.
    expect(describeSchedule("*-5 3 * * *", "en")).toBe(describeSchedule("* 3 * * *", "en"));
    expect(describeSchedule("+5 3 * * *", "ko")).toBe("매일 오전 3시 5분");
  });

  it("throws a plain Error on an invalid schedule", () => {
    expect(() => describeSchedule("0 0 L * *", "en")).toThrow(Error);
    expect(() => describeSchedule("TZ=UTC 0 * * * *", "ko")).toThrow(/TZ/);
  });
});

describe("explainSchedule", () => {
  it("formats each run in the zone and language", () => {
    const from = new Date("2026-03-06T12:00:00Z");
    const ko = explainSchedule("30 2 * * *", { timeZone: "America/New_York", from, count: 2, lang: "ko" });
    expect(ko.schedule).toBe("30 2 * * *");
    expect(ko.timeZone).toBe("America/New_York");
    expect(ko.description).toBe("매일 오전 2시 30분");
    expect(ko.nextRuns.map((run) => run.iso)).toEqual([
      "2026-03-07T07:30:00.000Z",
      "2026-03-09T06:30:00.000Z",
    ]);
    expect(ko.nextRuns[0]?.local).toMatch(/2026년 3월 7일.*02:30/);
    const en = explainSchedule("30 2 * * *", { timeZone: "America/New_York", from, count: 2 });
    expect(en.description).toBe("At 02:30");
    expect(en.nextRuns[1]?.local).toMatch(/Mar 9, 2026.*2:30\sAM.*EDT/);
  });

  it("assumes UTC when no zone is given", () => {
    const explained = explainSchedule("0 3 * * *", { from: new Date("2026-06-01T00:00:00Z"), count: 1 });
    expect(explained.timeZone).toBe("UTC");
    expect(explained.nextRuns[0]?.iso).toBe("2026-06-01T03:00:00.000Z");
  });
});

describe("remembered verdicts", () => {
  it("give the same answer on repeated calls, accepted or rejected", () => {
    const bad = checkSchedule("0 25 * * *");
    expect(checkSchedule("0 25 * * *")).toEqual(bad);
    expect(bad?.rule).toBe("cron.range");
    expect(checkSchedule("0 3 * * *")).toBeUndefined();
    expect(checkSchedule("0 3 * * *")).toBeUndefined();
  });
});
