// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright locators, whose innerText() is the rendered text
/**
 * The offline search in real Chromium against the built site, as a reader uses it: type a query into the navbar's
 * search box, then follow the first, second and third suggestion (arrow keys and Enter) and see where each lands.
 * The section a query asks for (a URL with its #anchor) must be among those three, in both locales: kind + topic
 * ("크론잡 시간대"), field names, Korean glossary terms, and English field names typed on the Korean site.
 *
 * Needs `pnpm --filter @podworks/docs build` first.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSite, type Site } from "./chromium";

/** [query, the section it must find]. */
type Case = readonly [query: string, section: string];

const ENGLISH: readonly Case[] = [
  ["cronjob time zone", "/cron-job#time-zones"],
  ["suspend cronjob", "/cron-job#history"],
  ["concurrencyPolicy", "/cron-job#concurrency"],
  ["startingDeadlineSeconds", "/cron-job#late-starts"],
  ["job backoffLimit", "/job#backoff-limit"],
  ["indexed job", "/job#indexed"],
  ["completions parallelism", "/job#completions"],
  ["podFailurePolicy", "/job#backoff-limit"],
  ["ttlSecondsAfterFinished", "/job#deadlines"],
  ["daemonset control plane", "/daemon-set#control-plane"],
  ["daemonset rolling update", "/daemon-set#updates"],
  ["daemonset resources", "/daemon-set#resources"],
  ["statefulset headless service", "/stateful-set#headless-service"],
  ["statefulset ordinals", "/stateful-set#ordinals"],
  ["volumeClaimTemplates", "/stateful-set#volume-claim-templates"],
  ["persistentVolumeClaimRetentionPolicy", "/pvc-protection#retention-policy"],
  ["reclaim policy", "/pvc-protection#reclaim-policy"],
  ["security defaults", "/common-fields#security"],
  ["kubernetes version", "/getting-started#kubernetes-version"],
  ["exit codes", "/cli#exit-codes"],
  ["sarif", "/cli#sarif"],
  ["github annotations", "/cli#github"],
  ["yaml language server", "/editors#yaml-language-server"],
  ["silence lint warnings", "/lint#silence"],
];

const KOREAN: readonly Case[] = [
  // kind + topic
  ["크론잡 시간대", "/ko/cron-job#time-zones"],
  ["크론잡 일시 정지", "/ko/cron-job#history"],
  ["잡 재시도", "/ko/job#backoff-limit"],
  ["Indexed 잡", "/ko/job#indexed"],
  ["데몬셋 컨트롤 플레인", "/ko/daemon-set#control-plane"],
  ["데몬셋 업데이트", "/ko/daemon-set#updates"],
  ["스테이트풀셋 업데이트", "/ko/stateful-set#updates"],
  ["스테이트풀셋 순번", "/ko/stateful-set#ordinals"],
  // Korean terms of the glossary
  ["완료 횟수 병렬 처리", "/ko/job#completions"],
  ["동시성 정책", "/ko/cron-job#concurrency"],
  ["헤드리스 서비스", "/ko/stateful-set#headless-service"],
  ["볼륨 클레임 템플릿", "/ko/stateful-set#volume-claim-templates"],
  ["유보 정책", "/ko/pvc-protection#retention-policy"],
  ["반환 정책", "/ko/pvc-protection#reclaim-policy"],
  ["요청과 제한", "/ko/daemon-set#resources"],
  ["안전한 기본값", "/ko/common-fields#security"],
  ["클러스터 버전", "/ko/getting-started#kubernetes-version"],
  ["종료 코드", "/ko/cli#exit-codes"],
  ["경고 끄기", "/ko/lint#silence"],
  // English field names on the Korean site
  ["backoffLimit", "/ko/job#backoff-limit"],
  ["podFailurePolicy", "/ko/job#backoff-limit"],
  ["timeZone", "/ko/cron-job#time-zones"],
  ["concurrencyPolicy", "/ko/cron-job#concurrency"],
  ["tolerations", "/ko/daemon-set#control-plane"],
  ["volumeClaimTemplates", "/ko/stateful-set#volume-claim-templates"],
  ["sarif", "/ko/cli#sarif"],
];

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

async function open(path: string): Promise<Page> {
  const page = await site.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${site.server.url}${path}`, { waitUntil: "load" });
  await page.waitForSelector("html[data-has-hydrated='true']");
  return page;
}

/** Types the query and waits until the suggestion list has stopped changing; returns the suggestions' text. */
async function suggest(page: Page, query: string): Promise<string[]> {
  const input = page.locator("input.navbar__search-input");
  const options = page.locator("[role='listbox'] [role='option']");
  // Empty the box first and wait for the old suggestions to go, so none of them is mistaken for the new ones.
  await input.fill("");
  await input.press("Escape");
  await expect.poll(() => options.filter({ visible: true }).count(), { timeout: 5_000 }).toBe(0);
  await input.fill(query);
  const any = await options
    .filter({ visible: true })
    .first()
    .waitFor({ timeout: 15_000 })
    .then(() => true)
    .catch(() => false);
  if (!any) return [];
  let last = "";
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(150);
    const now = (await options.allInnerTexts()).join("\n");
    if (now === last) break;
    last = now;
  }
  return (await options.allInnerTexts()).map((text) => text.replace(/\s+/g, " ").trim());
}

/** Follows the n-th suggestion (0-based) with the keyboard; returns where the reader lands (path and #anchor). */
async function follow(page: Page, query: string, n: number): Promise<string | undefined> {
  const shown = await suggest(page, query);
  if (n >= shown.length) return undefined;
  const input = page.locator("input.navbar__search-input");
  for (let i = 0; i < n; i++) await input.press("ArrowDown");
  const before = await page.evaluate(() => location.href);
  await input.press("Enter");
  // A suggestion for the page already shown does not change the address; then the wait simply ends.
  await page.waitForFunction((href) => location.href !== href, before, { timeout: 2_000 }).catch(() => {});
  return page.evaluate(() => decodeURIComponent(location.pathname + location.hash));
}

/** The places the first three suggestions lead to, stopping at the expected one. */
async function firstThree(page: Page, query: string, want: string): Promise<string[]> {
  const landed: string[] = [];
  for (let n = 0; n < 3; n++) {
    const at = await follow(page, query, n);
    if (at === undefined) break;
    landed.push(at);
    if (at === want) break;
  }
  return landed;
}

describe.each([
  ["English", "/", ENGLISH],
  ["Korean", "/ko/", KOREAN],
] as const)("search on the %s site", (_, home, cases) => {
  it("has at least 20 queries", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it("finds the section each query asks for among the first three suggestions", async () => {
    const page = await open(home);
    const missed: string[] = [];
    for (const [query, want] of cases) {
      const landed = await firstThree(page, query, want);
      if (!landed.includes(want))
        missed.push(`${query} -> wanted ${want}, got ${landed.join(", ") || "nothing"}`);
    }
    expect(missed).toEqual([]);
  });
});

describe("search in Korean", () => {
  it("says there are no results in Korean", async () => {
    const page = await open("/ko/");
    const input = page.locator("input.navbar__search-input");
    await expect(input.getAttribute("aria-label")).resolves.toBe("검색");
    await input.fill("zqxjvw");
    const empty = page.locator("[role='listbox']");
    await empty.getByText("결과 없음").waitFor({ timeout: 15_000 });
  });

  it("shows each suggestion's place in Korean: the Korean page title and heading", async () => {
    const page = await open("/ko/");
    const shown = await suggest(page, "크론잡 시간대");
    // The heading that matched, then where it is: the Korean sidebar and page title.
    expect(shown[0]).toBe("크론잡 시간대 가이드 › 워크로드 › 크론잡(CronJob)");
  });
});
