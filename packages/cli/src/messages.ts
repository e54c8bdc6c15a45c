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

/** What a run checked and found, for the summary lines. */
export interface SummaryCounts {
  readonly files: number;
  readonly specs: number;
  readonly objects: number;
  readonly errors: number;
  readonly warnings: number;
  readonly badFiles: number;
}

export interface Messages {
  /** The main help; `commands` are the command lines, already laid out. */
  readonly usage: (facts: HelpFacts, commands: readonly string[]) => string;
  readonly renderUsage: (facts: HelpFacts) => string;
  readonly validateUsage: (facts: HelpFacts) => string;
  readonly explainUsage: (facts: HelpFacts) => string;
  readonly completionUsage: string;
  readonly renderSummary: string;
  readonly validateSummary: string;
  readonly explainSummary: string;
  readonly completionSummary: string;
  readonly helpSummary: string;
  readonly helpOperand: string;
  readonly fileOperands: string;
  readonly scheduleOperand: string;
  /** The line after a usage error that says where help is. */
  readonly seeHelp: (command: string | undefined) => string;
  readonly missingCommand: (names: readonly string[]) => string;
  readonly unknownCommand: (name: string, guess: string | undefined, names: readonly string[]) => string;
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
  readonly noShell: (shells: readonly string[]) => string;
  readonly splitSchedule: (count: number) => string;
  readonly extraArguments: (args: readonly string[]) => string;
  readonly stdinName: string;
  readonly reason: (reason: FileReason) => string;
  readonly cannotRead: (file: string, reason: string) => string;
  readonly checkPathFix: string;
  readonly emptyDirectory: (dir: string, extensions: readonly string[]) => string;
  readonly noMatch: (pattern: string) => string;
  readonly cannotWrite: (file: string, reason: string) => string;
  readonly missingFolder: (file: string, folder: string) => string;
  readonly noSpecs: string;
  readonly noSpecsFix: string;
  readonly fileProblems: (file: string, count: number) => string;
  readonly specProblems: (file: string, index: number, subject: string, count: number) => string;
  readonly specWarnings: (file: string, index: number, subject: string, count: number) => string;
  readonly duplicate: (object: string, places: readonly string[]) => string;
  readonly duplicateFix: string;
  readonly fixLabel: string;
  readonly gotLabel: string;
  /** validate, nothing wrong: one line, however many specs. */
  readonly allValid: (counts: SummaryCounts) => string;
  /** validate, something wrong: the last line on standard error. */
  readonly summary: (counts: SummaryCounts) => string;
  /** `validate --strict` with warnings and no errors. */
  readonly strictFailed: (warnings: number) => string;
  readonly importSummary: string;
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

const EXIT_CODES_EN = `Exit codes:
  0   success (warnings do not change it)
  1   invalid specs or objects (validation or YAML syntax), or an invalid schedule
  2   usage error, or a file or folder that cannot be read or written`;

const EXIT_CODES_KO = `종료 코드:
  0   성공(경고가 있어도 0이다)
  1   올바르지 않은 스펙이나 오브젝트(검증 오류나 YAML 문법 오류), 또는 올바르지 않은 스케줄
  2   사용법 오류, 또는 읽거나 쓸 수 없는 파일이나 폴더`;

const INPUTS_EN = `Each <file> is a spec file (YAML, one spec or Kubernetes object per document, or JSON: one or an
array), a folder (every .yaml, .yml and .json file under it, hidden ones left out), a quoted glob such
as 'k8s/**/*.yaml', or a hyphen (-) for standard input. Paths are read relative to the current folder.
Documents with an apiVersion are Kubernetes objects (ConfigMap, Secret, NetworkPolicy, ...): they are
checked for apiVersion, kind and metadata.name and passed through as they are.`;

const INPUTS_KO = `<파일>마다 스펙 파일(YAML은 문서마다 스펙이나 쿠버네티스 오브젝트 하나, JSON은 하나 또는 배열),
폴더(그 아래의 모든 .yaml, .yml, .json 파일, 숨은 파일은 빼고), 'k8s/**/*.yaml'처럼 따옴표로 감싼 글롭,
또는 표준 입력을 뜻하는 하이픈(-)을 쓴다. 경로는 현재 폴더를 기준으로 읽는다. apiVersion이 있는 문서는
쿠버네티스 오브젝트(컨피그맵, 시크릿, 네트워크폴리시 등)로 보고 apiVersion, kind, metadata.name만 검사해
그대로 내보낸다.`;

const en: Messages = {
  usage: (
    f,
    commands,
  ) => `podworks ${f.version}: check Kubernetes Job, CronJob, DaemonSet and StatefulSet specs and render them to manifests.

Usage:
${commands.join("\n")}

Options:
  --lang <en|ko>   language of the messages (default: ko when LC_ALL, LC_MESSAGES or LANG starts with "ko", else en)
  -h, --help       show this help
  -v, --version    print the version

${EXIT_CODES_EN}
`,
  renderUsage: (f) => `Usage: podworks render <file...> [options]

Checks every spec and object in every file first. Only when all of them are valid does it print the
Kubernetes objects, in order, as one multi-document YAML stream (or one JSON List) on standard output;
messages go to standard error, so the output can be piped to kubectl apply -f -. Two documents that
would create the same object (same API group, kind, namespace and name) are refused.

${INPUTS_EN}

Options:
  -o, --output <file>          write to this file instead of standard output. The file is replaced
                               atomically, and left untouched when anything is wrong. Its folder must exist.
  --format <yaml|json>         output format (default: yaml); json is a v1 List that kubectl accepts
  --kubernetes-version <1.x>   Kubernetes version of the target cluster (default: ${f.defaultKubernetesVersion}, oldest: ${f.oldestKubernetesVersion})
  --lang <en|ko>               language of the messages
  -h, --help                   show this help

Examples:
  podworks render app.yaml | kubectl apply -f -
  podworks render app.yaml | kubectl diff -f -
  podworks render k8s/ -o manifests.yaml
  podworks render 'specs/**/*.yaml' --format json

${EXIT_CODES_EN}
`,
  validateUsage: (f) => `Usage: podworks validate <file...> [options]

Checks every spec and object in every file and reports every problem with its file:line:column, the
field path, what is wrong and how to fix it. Problems and warnings go to standard error; when nothing is
wrong, one summary line goes to standard output, however many specs there are.

${INPUTS_EN}

Options:
  --format <text|json|sarif|github>   report format (default: text). json, sarif and github print the whole
                                      report on standard output: json is podworks' own documented shape,
                                      sarif a SARIF 2.1.0 log for code scanning, github workflow annotations.
  --kubernetes-version <1.x>          Kubernetes version of the target cluster (default: ${f.defaultKubernetesVersion}, oldest: ${f.oldestKubernetesVersion})
  --strict                            fail (exit code 1) on warnings too, lint warnings included
  --lang <en|ko>                      language of the messages
  -h, --help                          show this help

Examples:
  podworks validate k8s/
  podworks validate 'k8s/**/*.yaml' --format sarif > podworks.sarif
  podworks validate k8s/ --format github

${EXIT_CODES_EN}
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

${EXIT_CODES_EN}
`,
  completionUsage: `Usage: podworks completion <bash|zsh|fish>

Prints a script that completes podworks' commands, options and their values in the shell.

  bash:  source <(podworks completion bash)     (or save it in ~/.local/share/bash-completion/completions/podworks)
  zsh:   source <(podworks completion zsh)      (or save it as _podworks in a folder on $fpath)
  fish:  podworks completion fish > ~/.config/fish/completions/podworks.fish

Options:
  --lang <en|ko>   language of the command descriptions
  -h, --help       show this help

Exit codes: 0 success, 2 a missing or unknown shell.
`,
  renderSummary: "check the specs and print their Kubernetes YAML",
  validateSummary: "report every problem in spec files",
  importSummary: "turn Kubernetes manifests into podworks specs",
  explainSummary: "describe a cron schedule and list its next runs",
  completionSummary: "print a shell completion script",
  helpSummary: "show the help of a command (same as podworks <command> --help)",
  helpOperand: "[<command>]",
  fileOperands: "<file...>",
  scheduleOperand: '"<schedule>"',
  seeHelp: (command) => `Run "podworks ${command ? `${command} ` : ""}--help" for usage.`,
  missingCommand: (names) => `a command is missing: ${names.filter((n) => n !== "help").join(", ")}`,
  unknownCommand: (name, guess, names) =>
    `unknown command "${name}"${guess ? ` (did you mean "${guess}"?)` : ""}; the commands are ${names.join(", ")}`,
  unknownOption: (option, guess) => `unknown option ${option}${guess ? ` (did you mean ${guess}?)` : ""}`,
  missingValue: (option) => `option ${option} needs a value`,
  takesNoValue: (option) => `option ${option} does not take a value`,
  badChoice: (option, value, choices) => `${option} must be one of ${choices.join(", ")}, not "${value}"`,
  badKubernetesVersion: (value) => `--kubernetes-version must look like 1.31, not "${value}"`,
  oldKubernetesVersion: (value, oldest) =>
    `--kubernetes-version ${value} is too old: podworks renders for Kubernetes ${oldest} or later`,
  badCount: (value, max) => `--count must be a whole number from 1 to ${max}, not "${value}"`,
  badFrom: (value) => `--from must be a date and time such as 2025-01-01T00:00:00Z, not "${value}"`,
  noFiles: "no input files: name at least one spec file or folder, or a hyphen (-) for standard input",
  noSchedule: 'no schedule: give one in quotes, such as podworks explain "0 3 * * *"',
  noShell: (shells) => `name the shell: podworks completion ${shells.join("|")}`,
  splitSchedule: (count) =>
    `expected one schedule but got ${count} arguments: put the schedule in quotes, such as "0 3 * * *"`,
  extraArguments: (args) => `unexpected arguments: ${args.join(" ")}`,
  stdinName: "<stdin>",
  reason: (reason) =>
    ({ notFound: "no such file", isDirectory: "it is a directory", permission: "permission denied" })[reason],
  cannotRead: (file, reason) => `${file}: cannot read file (${reason})`,
  checkPathFix: "check the path (it is read relative to the current folder)",
  emptyDirectory: (dir, extensions) =>
    `${dir}: no spec files in this folder (looked for ${extensions.join(", ")})`,
  noMatch: (pattern) => `${pattern}: no file matches this pattern`,
  cannotWrite: (file, reason) => `cannot write ${file} (${reason}); nothing was written`,
  missingFolder: (file, folder) =>
    `cannot write ${file}: the folder ${folder} does not exist; create it first (mkdir -p ${folder}). Nothing was written`,
  noSpecs: "no specs found (the file is empty or holds only comments)",
  noSpecsFix: "add a spec, or leave the file out",
  fileProblems: (file, count) => `${file}: ${plural(count, "problem")}`,
  specProblems: (file, index, subject, count) =>
    `${file}, document ${index}, ${subject}: ${plural(count, "problem")}`,
  specWarnings: (file, index, subject, count) =>
    `${file}, document ${index}, ${subject}: valid, with ${plural(count, "warning")}`,
  duplicate: (object, places) => `${object} is defined more than once: ${places.join("; ")}`,
  duplicateFix: "give each spec or object its own name (or namespace), or render them separately",
  fixLabel: "fix",
  gotLabel: "got",
  allValid: (c) => {
    const what =
      c.objects > 0
        ? `${plural(c.specs, "spec")} and ${plural(c.objects, "object")}`
        : plural(c.specs, "spec");
    const warned = c.warnings > 0 ? `, ${plural(c.warnings, "warning")}` : "";
    return `OK: ${what} in ${plural(c.files, "file")}${warned}`;
  },
  summary: (c) =>
    `${plural(c.errors, "problem")} in ${c.badFiles} of ${plural(c.files, "file")}${c.warnings > 0 ? `, ${plural(c.warnings, "warning")}` : ""}`,
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
    commands,
  ) => `podworks ${f.version}: 쿠버네티스 잡(Job), 크론잡(CronJob), 데몬셋(DaemonSet), 스테이트풀셋(StatefulSet) 스펙을 검사하고 매니페스트로 렌더링한다.

사용법:
${commands.join("\n")}

옵션:
  --lang <en|ko>   메시지 언어(기본값: LC_ALL, LC_MESSAGES, LANG이 "ko"로 시작하면 ko, 아니면 en)
  -h, --help       이 도움말을 보여 준다
  -v, --version    버전을 출력한다

${EXIT_CODES_KO}
`,
  renderUsage: (f) => `사용법: podworks render <파일...> [옵션]

모든 파일의 모든 스펙과 오브젝트를 먼저 검사하고, 전부 올바를 때만 쿠버네티스 오브젝트를 순서대로
여러 문서로 된 YAML 하나(또는 JSON List 하나)로 표준 출력에 내보낸다. 메시지는 표준 오류로 가므로
출력을 kubectl apply -f -에 바로 넘길 수 있다. 같은 오브젝트(API 그룹, 종류, 네임스페이스, 이름이 모두
같다)를 만드는 문서가 둘 이상이면 렌더링하지 않는다.

${INPUTS_KO}

옵션:
  -o, --output <파일>          표준 출력 대신 이 파일에 쓴다. 파일은 원자적으로 교체하며, 문제가
                               하나라도 있으면 손대지 않는다. 파일이 들어갈 폴더는 미리 있어야 한다.
  --format <yaml|json>         출력 형식(기본값: yaml). json은 kubectl이 받는 v1 List다
  --kubernetes-version <1.x>   대상 클러스터의 쿠버네티스 버전(기본값: ${f.defaultKubernetesVersion}, 최소: ${f.oldestKubernetesVersion})
  --lang <en|ko>               메시지 언어
  -h, --help                   이 도움말을 보여 준다

예시:
  podworks render app.yaml | kubectl apply -f -
  podworks render app.yaml | kubectl diff -f -
  podworks render k8s/ -o manifests.yaml
  podworks render 'specs/**/*.yaml' --format json

${EXIT_CODES_KO}
`,
  validateUsage: (f) => `사용법: podworks validate <파일...> [옵션]

모든 파일의 모든 스펙과 오브젝트를 검사하고, 문제마다 파일:행:열, 필드 경로, 무엇이 잘못됐는지, 어떻게
고치는지를 빠짐없이 보여 준다. 문제와 경고는 표준 오류로 간다. 문제가 없으면 스펙이 몇 개든 요약 한 줄만
표준 출력에 쓴다.

${INPUTS_KO}

옵션:
  --format <text|json|sarif|github>   보고 형식(기본값: text). json, sarif, github는 보고 전체를 표준 출력에
                                      쓴다. json은 문서로 정리한 podworks 고유 형식, sarif는 코드 스캐닝용
                                      SARIF 2.1.0 로그, github는 워크플로 애너테이션이다.
  --kubernetes-version <1.x>          대상 클러스터의 쿠버네티스 버전(기본값: ${f.defaultKubernetesVersion}, 최소: ${f.oldestKubernetesVersion})
  --strict                            경고(린트 경고 포함)가 있어도 실패로 끝낸다(종료 코드 1)
  --lang <en|ko>                      메시지 언어
  -h, --help                          이 도움말을 보여 준다

예시:
  podworks validate k8s/
  podworks validate 'k8s/**/*.yaml' --format sarif > podworks.sarif
  podworks validate k8s/ --format github

${EXIT_CODES_KO}
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

${EXIT_CODES_KO}
`,
  completionUsage: `사용법: podworks completion <bash|zsh|fish>

셸에서 podworks의 명령, 옵션, 옵션 값을 자동 완성하는 스크립트를 출력한다.

  bash:  source <(podworks completion bash)     (또는 ~/.local/share/bash-completion/completions/podworks에 저장한다)
  zsh:   source <(podworks completion zsh)      (또는 $fpath에 있는 폴더에 _podworks로 저장한다)
  fish:  podworks completion fish > ~/.config/fish/completions/podworks.fish

옵션:
  --lang <en|ko>   명령 설명의 언어
  -h, --help       이 도움말을 보여 준다

종료 코드 0은 성공, 2는 셸을 지정하지 않았거나 모르는 셸을 뜻한다.
`,
  renderSummary: "스펙을 검사하고 쿠버네티스 YAML을 출력한다",
  validateSummary: "스펙 파일의 문제를 모두 보여 준다",
  importSummary: "쿠버네티스 매니페스트를 podworks 스펙으로 바꾼다",
  explainSummary: "크론 스케줄을 풀어 쓰고 다음 실행 시각을 보여 준다",
  completionSummary: "셸 자동 완성 스크립트를 출력한다",
  helpSummary: "명령의 도움말을 보여 준다(podworks <명령> --help와 같다)",
  helpOperand: "[<명령>]",
  fileOperands: "<파일...>",
  scheduleOperand: '"<스케줄>"',
  seeHelp: (command) => `사용법은 podworks ${command ? `${command} ` : ""}--help 명령으로 볼 수 있다.`,
  missingCommand: (names) => `명령이 빠졌다. ${names.filter((n) => n !== "help").join(", ")} 중 하나를 쓴다`,
  unknownCommand: (name, guess, names) =>
    `"${name}" 명령은 없다${guess ? `("${guess}" 명령을 뜻했는가?)` : ""}. 명령은 ${names.join(", ")}이다`,
  unknownOption: (option, guess) => `${option} 옵션은 없다${guess ? `(${guess} 옵션을 뜻했는가?)` : ""}`,
  missingValue: (option) => `${option} 옵션에는 값이 필요하다`,
  takesNoValue: (option) => `${option} 옵션은 값을 받지 않는다`,
  badChoice: (option, value, choices) =>
    `${option} 값은 ${choices.join(", ")} 중 하나여야 한다(받은 값: "${value}")`,
  badKubernetesVersion: (value) => `--kubernetes-version 값은 1.31 같은 형식이어야 한다(받은 값: "${value}")`,
  oldKubernetesVersion: (value, oldest) =>
    `--kubernetes-version ${value} 버전은 너무 오래됐다. podworks는 쿠버네티스 ${oldest} 이상을 대상으로 렌더링한다`,
  badCount: (value, max) => `--count 값은 1부터 ${max}까지의 정수여야 한다(받은 값: "${value}")`,
  badFrom: (value) => `--from 값은 2025-01-01T00:00:00Z 같은 날짜와 시각이어야 한다(받은 값: "${value}")`,
  noFiles:
    "입력 파일이 없다. 스펙 파일이나 폴더를 하나 이상 지정하거나, 표준 입력을 읽으려면 하이픈(-)을 쓴다",
  noSchedule: '스케줄이 없다. podworks explain "0 3 * * *"처럼 따옴표로 감싸서 지정한다',
  noShell: (shells) => `셸을 지정한다: podworks completion ${shells.join("|")}`,
  splitSchedule: (count) =>
    `스케줄 하나를 기대했는데 인자를 ${count}개 받았다. 스케줄을 "0 3 * * *"처럼 따옴표로 감싼다`,
  extraArguments: (args) => `필요 없는 인자가 있다: ${args.join(" ")}`,
  stdinName: "<표준 입력>",
  reason: (reason) =>
    ({ notFound: "그런 파일이 없다", isDirectory: "디렉터리다", permission: "권한이 없다" })[reason],
  cannotRead: (file, reason) => `${file}: 파일을 읽을 수 없다(${reason})`,
  checkPathFix: "경로를 확인한다(현재 폴더를 기준으로 읽는다)",
  emptyDirectory: (dir, extensions) =>
    `${dir}: 이 폴더에 스펙 파일이 없다(${extensions.join(", ")} 파일을 찾았다)`,
  noMatch: (pattern) => `${pattern}: 이 패턴에 맞는 파일이 없다`,
  cannotWrite: (file, reason) => `${file} 파일에 쓸 수 없어서(${reason}) 아무것도 쓰지 않았다`,
  missingFolder: (file, folder) =>
    `${file} 파일을 쓸 수 없다. ${folder} 폴더가 없으니 먼저 만든다(mkdir -p ${folder}). 아무것도 쓰지 않았다`,
  noSpecs: "스펙이 없다(빈 파일이거나 주석만 있다)",
  noSpecsFix: "스펙을 적거나, 이 파일을 빼고 실행한다",
  fileProblems: (file, count) => `${file}: 문제가 ${count}개 있다`,
  specProblems: (file, index, subject, count) => `${file}, 문서 ${index}, ${subject}: 문제가 ${count}개 있다`,
  specWarnings: (file, index, subject, count) =>
    `${file}, 문서 ${index}, ${subject}: 올바르지만 경고가 ${count}개 있다`,
  duplicate: (object, places) => `${object} 오브젝트가 두 번 이상 정의됐다: ${places.join("; ")}`,
  duplicateFix: "스펙이나 오브젝트마다 이름(또는 네임스페이스)을 다르게 짓거나, 따로 렌더링한다",
  fixLabel: "해결",
  gotLabel: "현재 값",
  allValid: (c) => {
    const what = c.objects > 0 ? `스펙 ${c.specs}개와 오브젝트 ${c.objects}개` : `스펙 ${c.specs}개`;
    const warned = c.warnings > 0 ? `, 경고 ${c.warnings}개` : "";
    return `문제 없음: 파일 ${c.files}개, ${what}${warned}`;
  },
  summary: (c) =>
    `파일 ${c.files}개 중 ${c.badFiles}개에서 문제를 ${c.errors}개 찾았다${c.warnings > 0 ? `(경고 ${c.warnings}개)` : ""}`,
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
