/** The languages podworks speaks: every message and description exists in both. */
export type Lang = "en" | "ko";

/** Both languages, English first. */
export const LANGS: readonly Lang[] = ["en", "ko"];

/** One piece of text in English and Korean. */
export interface Text {
  /** The English text. */
  readonly en: string;
  /** The Korean text. */
  readonly ko: string;
}

/** Whether a value is one of the languages, `en` or `ko`. */
export function isLang(value: unknown): value is Lang {
  return value === "en" || value === "ko";
}

/** Korean particle pairs: the first form follows a final consonant (batchim), the second a vowel. */
export type Particle =
  | "이/가"
  | "을/를"
  | "은/는"
  | "과/와"
  | "으로/로"
  | "이어야/여야"
  | "이다/다"
  | "이라는/라는";

/** Sino-Korean readings of the digits 0-9 (영 일 이 삼 사 오 육 칠 팔 구): true where the reading ends in a batchim. */
const DIGIT_ENDS_IN_CONSONANT = [true, true, false, true, false, false, true, true, true, false];

/**
 * Whether a word, read aloud, ends in a consonant that Korean writes as a batchim. Hangul is exact; a number is
 * read in Sino-Korean (`10` 십, `3` 삼, `2` 이); an acronym by its last letter's name (TCP 티시피, URL 유알엘); a
 * Latin word by how loanwords usually end: `-l`, `-m`, `-n`, `-ng`, `-b`, `-p`, a vowel before a final `t`, and a
 * silent final `e` after m, n or l take a batchim (label, name, run, string, job, map, StatefulSet 셋, file), the rest
 * do not (false 폴스, true 트루, list 리스트, pod 파드). Trailing punctuation and code quotes are skipped.
 */
export function endsInConsonant(word: string): boolean {
  const text = word.replace(/[\s`"'()[\]{}.,:;!?]+$/u, "");
  const last = text.at(-1);
  if (last === undefined) return false;
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 !== 0;
  if (last >= "0" && last <= "9") {
    // A trailing zero after another digit is read 십, 백, 천, 만...: all but 천 end in a batchim, and 천 ends in ㄴ.
    if (last === "0" && /\d0$/.test(text)) return true;
    return DIGIT_ENDS_IN_CONSONANT[Number(last)] === true;
  }
  // Two capitals at the end: read letter by letter; of the letters only L, M, N and R (엘, 엠, 엔, 알) end in a batchim.
  if (/[A-Z]{2}$/.test(text)) return /[LMNR]$/.test(text);
  return /(?:[lmnbp]|ng|[aeiou]t|[mnl]e)$/i.test(text);
}
/** `word` followed by the form of `particle` its last sound takes: `josa("정수", "을/를")` is `정수를`. */
export function josa(word: string, particle: Particle): string {
  const [afterConsonant, afterVowel] = particle.split("/") as [string, string];
  return word + (endsInConsonant(word) ? afterConsonant : afterVowel);
}
