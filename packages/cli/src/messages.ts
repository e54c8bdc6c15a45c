/**
 * Every text the CLI prints itself, in English and Korean. Problems found in specs come from
 * @podworks/core (`formatIssue`) and are not repeated here.
 */
import type { Lang } from "@podworks/core";

/** Why a file could not be read or written, already in the chosen language. */
export type FileReason = "notFound" | "isDirectory" | "permission";

/** Defaults shown in the help texts, taken from core so the help never drifts from the behaviour. */
export interface HelpFacts {
  readonly version: string;
  readonly defaultKubernetesVersion: string;
  readonly oldestKubernetesVersion: string;
  readonly defaultCount: number;
  readonly maxCount: number;
}

export interface Messages {
  readonly usage: (facts: HelpFacts) => string;
  readonly renderUsage: (facts: HelpFacts) => string;
  readonly validateUsage: (facts: HelpFacts) => string;
  readonly explainUsage: (facts: HelpFacts) => string;
  /** The line after a usage error that says where help is. */
  readonly seeHelp: (command: string | undefined) => string;
  readonly missingCommand: string;
  readonly unknownCommand: (name: string, guess: string | undefined) => string;
  readonly unknownOption: (option: string, guess: string | undefined) => string;
  readonly missingValue: (option: string) => string;
  readonly takesNoValue: (option: string) => string;
  readonly badChoice: (option: string, value: string, choices: readonly string[]) => string;
  readonly badKubernetesVersion: (value: string) => string;
  readonly oldKubernetesVersion: (value: string, oldest: string) => string;
  readonly badCount: (value: string, max: number) => string;
  readonly badFrom: (value: string) => string;
  readonly noFiles: string;
  readonly noSchedule: string;
  readonly splitSchedule: (count: number) => string;
  readonly extraArguments: (args: readonly string[]) => string;
  readonly stdinName: string;
  readonly reason: (reason: FileReason) => string;
  readonly cannotRead: (file: string, reason: string) => string;
  readonly cannotWrite: (file: string, reason: string) => string;
  readonly noSpecs: (file: string) => string;
  readonly fileProblems: (file: string, count: number) => string;
  readonly specProblems: (file: string, index: number, subject: string, count: number) => string;
  readonly specWarnings: (file: string, index: number, subject: string, count: number) => string;
  readonly fileOk: (file: string, subjects: readonly string[]) => string;
  readonly where: (file: string, index: number) => string;
  readonly duplicate: (object: string, places: readonly string[]) => string;
  readonly duplicateFix: string;
  readonly fixLabel: string;
  readonly summary: (problems: number, badFiles: number, files: number) => string;
  /** `validate --strict` with warnings and no errors. */
  readonly strictFailed: (warnings: number) => string;
  readonly nothingRendered: (problems: number, badFiles: number, files: number) => string;
  readonly outputUntouched: (file: string) => string;
  readonly wrote: (file: string, objects: number) => string;
  readonly scheduleProblems: (schedule: string, count: number) => string;
  readonly scheduleLabel: string;
  readonly timeZoneLabel: string;
  readonly descriptionLabel: string;
  readonly nextRuns: (count: number) => string;
  readonly noRuns: string;
  readonly internalError: (detail: string) => string;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

const en: Messages = {
  usage: (
    f,
  ) => `podworks ${f.version}: check Kubernetes Job, CronJob, DaemonSet and StatefulSet specs and render them to manifests.

Usage:
  podworks render <file...> [options]      check the specs and print their Kubernetes YAML
  podworks validate <file...> [options]    list every problem in spec files
  podworks explain "<schedule>" [options]  describe a cron schedule and list its next runs
  podworks import [<file...>] [options]    turn Kubernetes manifests into podworks specs
  podworks help [<command>]                show the help of a command (same as podworks <command> --help)

Options:
  --lang <en|ko>   language of the messages (default: ko when LC_ALL, LC_MESSAGES or LANG starts with "ko", else en)
  -h, --help       show this help
  -v, --version    print the version

Exit codes: 0 success, 1 invalid specs, 2 usage error or unreadable file.
`,
  renderUsage: (f) => `Usage: podworks render <file...> [options]

Checks every spec in every file first. Only when all of them are valid does it print the Kubernetes
objects as one multi-document YAML stream. A file holds one spec per YAML document, or JSON (one spec
or an array of specs). A hyphen (-) in place of a file reads standard input.

Options:
  -o, --output <file>          write to this file instead of standard output. The file is replaced
                               atomically, and left untouched when anything is wrong.
  --format <yaml|json>         output format (default: yaml)
  --kubernetes-version <1.x>   Kubernetes version of the target cluster (default: ${f.defaultKubernetesVersion}, oldest: ${f.oldestKubernetesVersion})
  --lang <en|ko>               language of the messages
  -h, --help                   show this help

Examples:
  podworks render job.yaml
  podworks render specs/*.yaml -o manifests.yaml
  podworks render job.yaml | kubectl apply -f -
`,
  validateUsage: (f) => `Usage: podworks validate <file...> [options]

Checks every spec in every file and lists every problem: the file, the document number and the spec,
then each field with what is wrong and how to fix it. A file without problems gets one OK line.
A hyphen (-) in place of a file reads standard input.

Options:
  --kubernetes-version <1.x>   Kubernetes version of the target cluster (default: ${f.defaultKubernetesVersion}, oldest: ${f.oldestKubernetesVersion})
  --strict                     fail (exit code 1) on warnings too, lint warnings included
  --lang <en|ko>               language of the messages
  -h, --help                   show this help

Example:
  podworks validate specs/*.yaml
`,
  explainUsage: (f) => `Usage: podworks explain "<schedule>" [options]

Describes a CronJob schedule (five fields: minute hour day-of-month month day-of-week, or a macro
such as @daily) and lists its next run times. Quote the schedule so that the shell leaves * alone.

Options:
  --time-zone <zone>   IANA time zone the schedule is read in, such as Asia/Seoul (default: UTC)
  --count <n>          how many next runs to list, 1 to ${f.maxCount} (default: ${f.defaultCount})
  --lang <en|ko>       language of the messages and the description
  -h, --help           show this help

Example:
  podworks explain "0 3 * * 1-5" --time-zone Asia/Seoul
`,
  seeHelp: (command) => `Run "podworks ${command ? `${command} ` : ""}--help" for usage.`,
  missingCommand: "a command is missing: render, validate or explain",
  unknownCommand: (name, guess) =>
    `unknown command "${name}"${guess ? ` (did you mean "${guess}"?)` : ""}; the commands are render, validate and explain`,
  unknownOption: (option, guess) => `unknown option ${option}${guess ? ` (did you mean ${guess}?)` : ""}`,
  missingValue: (option) => `option ${option} needs a value`,
  takesNoValue: (option) => `option ${option} does not take a value`,
  badChoice: (option, value, choices) => `${option} must be one of ${choices.join(", ")}, not "${value}"`,
  badKubernetesVersion: (value) => `--kubernetes-version must look like 1.31, not "${value}"`,
  oldKubernetesVersion: (value, oldest) =>
    `--kubernetes-version ${value} is too old: podworks renders for Kubernetes ${oldest} or later`,
  badCount: (value, max) => `--count must be a whole number from 1 to ${max}, not "${value}"`,
  badFrom: (value) => `--from must be a date and time such as 2025-01-01T00:00:00Z, not "${value}"`,
  noFiles: "no input files: name at least one spec file, or a hyphen (-) for standard input",
  noSchedule: 'no schedule: give one in quotes, such as podworks explain "0 3 * * *"',
  splitSchedule: (count) =>
    `expected one schedule but got ${count} arguments: put the schedule in quotes, such as "0 3 * * *"`,
  extraArguments: (args) => `unexpected arguments: ${args.join(" ")}`,
  stdinName: "<stdin>",
  reason: (reason) =>
    ({ notFound: "no such file", isDirectory: "it is a directory", permission: "permission denied" })[reason],
  cannotRead: (file, reason) => `${file}: cannot read file (${reason})`,
  cannotWrite: (file, reason) => `cannot write ${file} (${reason}); nothing was written`,
  noSpecs: (file) => `${file}: no specs found (the file is empty or holds only comments)`,
  fileProblems: (file, count) => `${file}: ${plural(count, "problem")}`,
  specProblems: (file, index, subject, count) =>
    `${file}, document ${index}, ${subject}: ${plural(count, "problem")}`,
  specWarnings: (file, index, subject, count) =>
    `${file}, document ${index}, ${subject}: valid, with ${plural(count, "warning")}`,
  fileOk: (file, subjects) => `${file}: OK (${plural(subjects.length, "spec")}: ${subjects.join(", ")})`,
  where: (file, index) => `${file}, document ${index}`,
  duplicate: (object, places) => `${object} is defined more than once: ${places.join("; ")}`,
  duplicateFix: "give each spec its own name (or namespace), or render them separately",
  fixLabel: "fix",
  summary: (problems, badFiles, files) =>
    `${plural(problems, "problem")} in ${badFiles} of ${plural(files, "file")}`,
  strictFailed: (warnings) => `--strict: ${plural(warnings, "warning")}, so the check fails`,
  nothingRendered: (problems, badFiles, files) =>
    `nothing was rendered: ${plural(problems, "problem")} in ${badFiles} of ${plural(files, "file")}`,
  outputUntouched: (file) => `${file} was not written`,
  wrote: (file, objects) => `wrote ${plural(objects, "Kubernetes object")} to ${file}`,
  scheduleProblems: (schedule, count) => `cannot explain "${schedule}": ${plural(count, "problem")}`,
  scheduleLabel: "Schedule",
  timeZoneLabel: "Time zone",
  descriptionLabel: "Meaning",
  nextRuns: (count) => `Next ${count === 1 ? "run" : `${count} runs`}:`,
  noRuns: "No runs in the next five years.",
  internalError: (detail) => `internal error, please report it: ${detail}`,
};

const ko: Messages = {
  usage: (
    f,
  ) => `podworks ${f.version}: 쿠버네티스 잡(Job), 크론잡(CronJob), 데몬셋(DaemonSet), 스테이트풀셋(StatefulSet) 스펙을 검사하고 매니페스트로 렌더링한다.

사용법:
  podworks render <파일...> [옵션]      스펙을 검사하고 쿠버네티스 YAML을 출력한다
  podworks validate <파일...> [옵션]    스펙 파일의 문제를 모두 보여 준다
  podworks explain "<스케줄>" [옵션]    크론 스케줄을 풀어 쓰고 다음 실행 시각을 보여 준다
  podworks import [<파일...>] [옵션]    쿠버네티스 매니페스트를 podworks 스펙으로 바꾼다
  podworks help [<명령>]                명령의 도움말을 보여 준다(podworks <명령> --help와 같다)

옵션:
  --lang <en|ko>   메시지 언어(기본값: LC_ALL, LC_MESSAGES, LANG이 "ko"로 시작하면 ko, 아니면 en)
  -h, --help       이 도움말을 보여 준다
  -v, --version    버전을 출력한다

종료 코드 0은 성공, 1은 올바르지 않은 스펙, 2는 사용법 오류나 읽을 수 없는 파일을 뜻한다.
`,
  renderUsage: (f) => `사용법: podworks render <파일...> [옵션]

모든 파일의 모든 스펙을 먼저 검사하고, 전부 올바를 때만 쿠버네티스 오브젝트를 여러 문서로 된 YAML
하나로 출력한다. 파일에는 YAML 문서마다 스펙을 하나씩 적거나, JSON(스펙 하나 또는 스펙 배열)을 적는다.
파일 자리에 하이픈(-)을 쓰면 표준 입력을 읽는다.

옵션:
  -o, --output <파일>          표준 출력 대신 이 파일에 쓴다. 파일은 원자적으로 교체하며, 문제가
                               하나라도 있으면 손대지 않는다.
  --format <yaml|json>         출력 형식(기본값: yaml)
  --kubernetes-version <1.x>   대상 클러스터의 쿠버네티스 버전(기본값: ${f.defaultKubernetesVersion}, 최소: ${f.oldestKubernetesVersion})
  --lang <en|ko>               메시지 언어
  -h, --help                   이 도움말을 보여 준다

예시:
  podworks render job.yaml
  podworks render specs/*.yaml -o manifests.yaml
  podworks render job.yaml | kubectl apply -f -
`,
  validateUsage: (f) => `사용법: podworks validate <파일...> [옵션]

모든 파일의 모든 스펙을 검사하고 문제를 빠짐없이 보여 준다. 파일, 문서 번호, 스펙을 먼저 적고,
이어서 필드마다 무엇이 잘못됐고 어떻게 고치는지 적는다. 문제가 없는 파일은 확인 한 줄만 출력한다.
파일 자리에 하이픈(-)을 쓰면 표준 입력을 읽는다.

옵션:
  --kubernetes-version <1.x>   대상 클러스터의 쿠버네티스 버전(기본값: ${f.defaultKubernetesVersion}, 최소: ${f.oldestKubernetesVersion})
  --strict                     경고(린트 경고 포함)가 있어도 실패로 끝낸다(종료 코드 1)
  --lang <en|ko>               메시지 언어
  -h, --help                   이 도움말을 보여 준다

예시:
  podworks validate specs/*.yaml
`,
  explainUsage: (f) => `사용법: podworks explain "<스케줄>" [옵션]

크론잡(CronJob) 스케줄(분 시 일 월 요일의 다섯 필드, 또는 @daily 같은 매크로)을 풀어 쓰고 다음 실행
시각을 보여 준다. 셸이 *를 파일 이름으로 펼치지 않도록 스케줄은 따옴표로 감싼다.

옵션:
  --time-zone <시간대>   스케줄을 해석할 IANA 시간대(예: Asia/Seoul, 기본값: UTC)
  --count <개수>         보여 줄 다음 실행 시각의 개수, 1부터 ${f.maxCount}까지(기본값: ${f.defaultCount})
  --lang <en|ko>         메시지와 설명의 언어
  -h, --help             이 도움말을 보여 준다

예시:
  podworks explain "0 3 * * 1-5" --time-zone Asia/Seoul
`,
  seeHelp: (command) => `사용법은 podworks ${command ? `${command} ` : ""}--help 명령으로 볼 수 있다.`,
  missingCommand: "명령이 빠졌다. render, validate, explain 중 하나를 쓴다",
  unknownCommand: (name, guess) =>
    `"${name}" 명령은 없다${guess ? `("${guess}" 명령을 뜻했는가?)` : ""}. 명령은 render, validate, explain이다`,
  unknownOption: (option, guess) => `${option} 옵션은 없다${guess ? `(${guess} 옵션을 뜻했는가?)` : ""}`,
  missingValue: (option) => `${option} 옵션에는 값이 필요하다`,
  takesNoValue: (option) => `${option} 옵션은 값을 받지 않는다`,
  badChoice: (option, value, choices) =>
    `${option} 옵션 값은 ${choices.join(", ")} 중 하나여야 한다(받은 값: "${value}")`,
  badKubernetesVersion: (value) => `--kubernetes-version 값은 1.31 같은 형식이어야 한다(받은 값: "${value}")`,
  oldKubernetesVersion: (value, oldest) =>
    `--kubernetes-version ${value} 버전은 너무 오래됐다. podworks는 쿠버네티스 ${oldest} 이상을 대상으로 렌더링한다`,
  badCount: (value, max) => `--count 값은 1부터 ${max}까지의 정수여야 한다(받은 값: "${value}")`,
  badFrom: (value) => `--from 값은 2025-01-01T00:00:00Z 같은 날짜와 시각이어야 한다(받은 값: "${value}")`,
  noFiles: "입력 파일이 없다. 스펙 파일을 하나 이상 지정하거나, 표준 입력을 읽으려면 하이픈(-)을 쓴다",
  noSchedule: '스케줄이 없다. podworks explain "0 3 * * *"처럼 따옴표로 감싸서 지정한다',
  splitSchedule: (count) =>
    `스케줄 하나를 기대했는데 인자를 ${count}개 받았다. 스케줄을 "0 3 * * *"처럼 따옴표로 감싼다`,
  extraArguments: (args) => `필요 없는 인자가 있다: ${args.join(" ")}`,
  stdinName: "<표준 입력>",
  reason: (reason) =>
    ({ notFound: "그런 파일이 없다", isDirectory: "디렉터리다", permission: "읽기 권한이 없다" })[reason],
  cannotRead: (file, reason) => `${file}: 파일을 읽을 수 없다(${reason})`,
  cannotWrite: (file, reason) => `${file} 파일에 쓸 수 없어서(${reason}) 아무것도 쓰지 않았다`,
  noSpecs: (file) => `${file}: 스펙이 없다(빈 파일이거나 주석만 있다)`,
  fileProblems: (file, count) => `${file}: 문제가 ${count}개 있다`,
  specProblems: (file, index, subject, count) => `${file}, 문서 ${index}, ${subject}: 문제가 ${count}개 있다`,
  specWarnings: (file, index, subject, count) =>
    `${file}, 문서 ${index}, ${subject}: 올바르지만 경고가 ${count}개 있다`,
  fileOk: (file, subjects) => `${file}: 문제가 없다(스펙 ${subjects.length}개: ${subjects.join(", ")})`,
  where: (file, index) => `${file}, 문서 ${index}`,
  duplicate: (object, places) => `${object} 오브젝트가 두 번 이상 정의됐다: ${places.join("; ")}`,
  duplicateFix: "스펙마다 이름(또는 네임스페이스)을 다르게 짓거나, 따로 렌더링한다",
  fixLabel: "해결",
  summary: (problems, badFiles, files) => `파일 ${files}개 중 ${badFiles}개에서 문제를 ${problems}개 찾았다`,
  strictFailed: (warnings) => `--strict: 경고가 ${warnings}개 있어 검사가 실패했다`,
  nothingRendered: (problems, badFiles, files) =>
    `파일 ${files}개 중 ${badFiles}개에서 문제를 ${problems}개 찾아서 아무것도 렌더링하지 않았다`,
  outputUntouched: (file) => `${file} 파일에는 아무것도 쓰지 않았다`,
  wrote: (file, objects) => `쿠버네티스 오브젝트 ${objects}개를 ${file} 파일에 썼다`,
  scheduleProblems: (schedule, count) => `"${schedule}" 스케줄에 문제가 ${count}개 있다`,
  scheduleLabel: "스케줄",
  timeZoneLabel: "시간대",
  descriptionLabel: "뜻",
  nextRuns: (count) => `다음 실행 시각 ${count}개`,
  noRuns: "앞으로 5년 안에 실행되는 시각이 없다.",
  internalError: (detail) => `내부 오류가 났다. 이 내용을 제보해 주기 바란다: ${detail}`,
};

export const MESSAGES: Readonly<Record<Lang, Messages>> = { en, ko };
