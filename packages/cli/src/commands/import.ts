/**
 * `podworks import`: Kubernetes manifests (files, standard input, `kubectl get -o yaml` Lists, `helm template`
 * output) to podworks spec files. Core's `fromManifests` does the work; this command reads, writes and reports.
 * Everything the specs do not reproduce is printed to standard error with its reason; nothing is dropped silently.
 *
 * Exit codes: 0 specs written (notes or not), 1 nothing to import or a file that is not YAML, 2 files that cannot
 * be read or written.
 */
import { fromManifests, type ImportNote, type Lang, specsToYaml } from "@podworks/core";
import { parseSpecs } from "@podworks/core/parse";
import { MESSAGES } from "../messages.js";
import { type CommandDef, HELP_OPTION, LANG_OPTION } from "./command.js";

/** What the command needs from the CLI: the same io as the other commands. */
export interface ImportIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string;
  readStdin(): string;
  writeFileAtomic(path: string, text: string): void;
}

export const IMPORT_OPTIONS = {
  output: { type: "string", short: "o", path: true },
  lang: LANG_OPTION,
  help: HELP_OPTION,
} as const;

interface ImportMessages {
  readonly usage: string;
  readonly stdinName: string;
  readonly cannotRead: (file: string, reason: string) => string;
  readonly notYaml: (file: string, detail: string) => string;
  readonly nothing: string;
  readonly notes: (count: number) => string;
  readonly manifestValue: string;
  readonly wrote: (file: string, specs: number) => string;
  readonly cannotWrite: (file: string, reason: string) => string;
  /** Node's error codes, said in words. */
  readonly reasons: Readonly<Record<string, string>>;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const IMPORT_MESSAGES: Record<Lang, ImportMessages> = {
  en: {
    usage: `Usage: podworks import [<file...>] [options]

Reads Kubernetes manifests and writes podworks specs for the Jobs, CronJobs, DaemonSets and StatefulSets in them.
A StatefulSet's headless Service is folded into its spec when it is the one podworks would generate. Fields equal
to the defaults are left out. Whatever the specs do not reproduce is listed on standard error with the reason.
Reads standard input without files or for a hyphen (-): kubectl get -o yaml output and helm template output work.

Options:
  -o, --output <file>   write the specs to a file instead of standard output
  --lang <en|ko>        language of the messages
  -h, --help            show this help

Examples:
  helm template my-release bitnami/postgresql | podworks import -o specs/postgres.yaml
  kubectl get statefulset,service -n data -o yaml | podworks import
`,
    stdinName: "<stdin>",
    cannotRead: (file, reason) => `cannot read ${file}: ${reason}`,
    notYaml: (file, detail) => `${file} is not YAML or JSON: ${detail}`,
    nothing: "no Job, CronJob, DaemonSet or StatefulSet in the input: nothing to import",
    notes: (count) => `${plural(count, "note")}: what the specs do not carry as the manifests had it`,
    manifestValue: "manifest",
    wrote: (file, specs) => `wrote ${plural(specs, "spec")} to ${file}`,
    cannotWrite: (file, reason) => `cannot write ${file}: ${reason}`,
    reasons: {
      ENOENT: "no such file",
      ENOTDIR: "no such file",
      EISDIR: "it is a directory",
      EACCES: "permission denied",
      EPERM: "permission denied",
    },
  },
  ko: {
    usage: `사용법: podworks import [<파일...>] [옵션]

쿠버네티스 매니페스트를 읽어 그 안의 잡(Job), 크론잡(CronJob), 데몬셋(DaemonSet), 스테이트풀셋(StatefulSet)을
podworks 스펙으로 쓴다. 스테이트풀셋의 헤드리스 서비스가 podworks가 만드는 것과 같으면 스펙에 합친다. 기본값과 같은
필드는 생략한다. 스펙에 그대로 옮기지 못한 것은 이유와 함께 표준 오류에 적는다.
파일을 주지 않거나 하이픈(-)을 쓰면 표준 입력을 읽는다. kubectl get -o yaml과 helm template의 출력을 읽을 수 있다.

옵션:
  -o, --output <파일>   스펙을 표준 출력 대신 파일에 쓴다
  --lang <en|ko>        메시지 언어
  -h, --help            이 도움말을 보여 준다

예:
  helm template my-release bitnami/postgresql | podworks import -o specs/postgres.yaml
  kubectl get statefulset,service -n data -o yaml | podworks import
`,
    stdinName: "<표준 입력>",
    cannotRead: (file, reason) => `${file} 파일을 읽을 수 없다: ${reason}`,
    notYaml: (file, detail) => `${file} 파일이 YAML이나 JSON이 아니다: ${detail}`,
    nothing: "입력에 잡, 크론잡, 데몬셋, 스테이트풀셋이 없어 가져올 것이 없다",
    notes: (count) => `참고 ${count}개: 스펙이 매니페스트와 다르게 담거나 담지 못한 것`,
    manifestValue: "매니페스트",
    wrote: (file, specs) => `스펙 ${specs}개를 ${file} 파일에 썼다`,
    cannotWrite: (file, reason) => `${file} 파일에 쓸 수 없다: ${reason}`,
    reasons: {
      ENOENT: "파일이 없다",
      ENOTDIR: "파일이 없다",
      EISDIR: "디렉터리다",
      EACCES: "권한이 없다",
      EPERM: "권한이 없다",
    },
  },
};

function formatNote(note: ImportNote, lang: Lang, m: ImportMessages): string {
  const where = note.path === "" ? note.object : `${note.object} ${note.path}`;
  const value = note.value === undefined ? "" : ` (${m.manifestValue}: ${show(note.value)})`;
  return `  ${where}: ${note.reason[lang]}${value}`;
}

/** A value for a note: JSON, cut at 80 characters. */
function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function reasonOf(error: unknown, m: ImportMessages): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string") return m.reasons[code] ?? code;
  return error instanceof Error ? error.message : String(error);
}

/** Runs `podworks import` with the command's positionals and options; returns the exit code. */
export function runImport(
  files: readonly string[],
  options: { readonly output?: string; readonly lang: Lang },
  io: ImportIo,
): number {
  const { lang } = options;
  const m = IMPORT_MESSAGES[lang];
  const documents: unknown[] = [];
  let stdin: string | undefined;
  for (const file of files.length ? files : ["-"]) {
    const name = file === "-" ? m.stdinName : file;
    let text: string;
    try {
      if (file === "-") {
        stdin ??= io.readStdin();
        text = stdin;
      } else {
        text = io.readFile(file);
      }
    } catch (error) {
      io.stderr(`podworks: ${m.cannotRead(name, reasonOf(error, m))}\n`);
      return 2;
    }
    const parsed = parseSpecs(text);
    if (parsed.issues.length) {
      io.stderr(`podworks: ${m.notYaml(name, parsed.issues.map((i) => i.message[lang]).join("; "))}\n`);
      return 1;
    }
    documents.push(...parsed.specs);
  }
  const { specs, notes } = fromManifests(documents);
  if (notes.length)
    io.stderr(`${m.notes(notes.length)}\n${notes.map((n) => formatNote(n, lang, m)).join("\n")}\n`);
  if (specs.length === 0) {
    io.stderr(`podworks: ${m.nothing}\n`);
    return 1;
  }
  const text = specsToYaml(specs);
  if (options.output === undefined || options.output === "-") {
    io.stdout(text);
    return 0;
  }
  try {
    io.writeFileAtomic(options.output, text);
  } catch (error) {
    io.stderr(`podworks: ${m.cannotWrite(options.output, reasonOf(error, m))}\n`);
    return 2;
  }
  io.stdout(`${m.wrote(options.output, specs.length)}\n`);
  return 0;
}

/** The command as the dispatcher, the help and the completions see it. */
export const importCommand: CommandDef = {
  name: "import",
  summary: (m) => m.importSummary,
  operands: (m) => `[${m.fileOperands}]`,
  operandCompletion: "files",
  options: IMPORT_OPTIONS,
  usage: (m) => IMPORT_MESSAGES[m === MESSAGES.ko ? "ko" : "en"].usage,
  run: ({ line, io }) => {
    const output = line.values.get("output");
    return runImport(
      line.positionals,
      { output: typeof output === "string" ? output : undefined, lang: line.lang },
      io,
    );
  },
};
