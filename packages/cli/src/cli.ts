/**
 * The podworks command line, as a function: `run(argv, io)` reads arguments and files through `io`,
 * writes through `io` and returns the exit code, so tests call it in-process. `main.ts` binds it to
 * the real process.
 *
 * Exit codes: 0 success, 1 invalid specs (validation or YAML syntax) or an invalid schedule,
 * 2 usage errors and files that cannot be read or written.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  checkSchedule,
  checkTimeZone,
  DEFAULT_KUBERNETES_VERSION,
  errorsOf,
  explainSchedule,
  formatIssue,
  isLang,
  isPodworksValidationError,
  type KubernetesVersion,
  LANGS,
  type Lang,
  OLDEST_KUBERNETES_VERSION,
  subjectOf,
  toJson,
  toManifests,
  toYaml,
  type ValidationIssue,
  validate,
  type WorkloadSpec,
} from "@podworks/core";
import { parseSpecs } from "@podworks/core/parse";
import { IMPORT_MESSAGES, IMPORT_OPTIONS, runImport } from "./commands/import.js";
import { type FileReason, type HelpFacts, MESSAGES, type Messages } from "./messages.js";

/** Everything the CLI touches outside itself. */
export interface CliIo {
  /** Standard output; the text carries its own line ends. */
  stdout(text: string): void;
  /** Standard error; the text carries its own line ends. */
  stderr(text: string): void;
  /** Reads a UTF-8 file; throws a Node error (`code` ENOENT, EISDIR, ...) when it cannot. */
  readFile(path: string): string;
  /** Reads all of standard input. Called at most once per run. */
  readStdin(): string;
  /** Replaces `path` with `text` in one step (temp file and rename), or throws and changes nothing. */
  writeFileAtomic(path: string, text: string): void;
  /** The environment, for the default language (`LC_ALL`, `LC_MESSAGES`, `LANG`). */
  env: Record<string, string | undefined>;
}

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

const COMMANDS = ["render", "validate", "explain", "import", "help"] as const;
type Command = (typeof COMMANDS)[number];

const FORMATS = ["yaml", "json"] as const;
const DEFAULT_COUNT = 5;
const MAX_COUNT = 100;

interface OptionDef {
  readonly type: "string" | "boolean";
  readonly short?: string;
}

const LANG_OPTION: OptionDef = { type: "string" };
const HELP_OPTION: OptionDef = { type: "boolean", short: "h" };
const VERSION_OPTION: OptionDef = { type: "boolean", short: "v" };
const KUBERNETES_VERSION_OPTION: OptionDef = { type: "string" };

/** The options each place on the command line accepts; `global` is before the command. */
const OPTIONS: Readonly<Record<"global" | Command, Readonly<Record<string, OptionDef>>>> = {
  global: { lang: LANG_OPTION, help: HELP_OPTION, version: VERSION_OPTION },
  help: { lang: LANG_OPTION, help: HELP_OPTION },
  render: {
    output: { type: "string", short: "o" },
    format: { type: "string" },
    "kubernetes-version": KUBERNETES_VERSION_OPTION,
    lang: LANG_OPTION,
    help: HELP_OPTION,
  },
  validate: {
    "kubernetes-version": KUBERNETES_VERSION_OPTION,
    strict: { type: "boolean" },
    lang: LANG_OPTION,
    help: HELP_OPTION,
  },
  explain: {
    "time-zone": { type: "string" },
    count: { type: "string" },
    // Not in the help: fixes the start of `nextRuns` so output can be reproduced (tests, docs).
    from: { type: "string" },
    lang: LANG_OPTION,
    help: HELP_OPTION,
  },
  import: IMPORT_OPTIONS,
};

/** All options at once, so that parseArgs knows which ones take a value wherever they appear. */
const ALL_OPTIONS = Object.assign({}, ...Object.values(OPTIONS)) as Record<string, OptionDef>;

/** A usage error: the message, printed with a pointer to the help, and exit code 2. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly command: Command | undefined,
  ) {
    super(message);
  }
}

/** The package version, read from the package.json next to `src/` and `dist/`. */
function packageVersion(): string {
  const text = readFileSync(new URL("../package.json", import.meta.url), "utf8");
  return (JSON.parse(text) as { version: string }).version;
}

function helpFacts(): HelpFacts {
  return {
    version: packageVersion(),
    defaultKubernetesVersion: DEFAULT_KUBERNETES_VERSION,
    oldestKubernetesVersion: OLDEST_KUBERNETES_VERSION,
    defaultCount: DEFAULT_COUNT,
    maxCount: MAX_COUNT,
  };
}

/** ko when the first set one of LC_ALL, LC_MESSAGES, LANG starts with `ko` (POSIX order), else en. */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const value = env[name];
    if (value) return value.toLowerCase().startsWith("ko") ? "ko" : "en";
  }
  return "en";
}

/** Edit distance, for "did you mean" hints. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

interface ParsedLine {
  readonly lang: Lang;
  readonly command: Command | undefined;
  readonly positionals: readonly string[];
  readonly global: ReadonlyMap<string, string | true>;
  readonly values: ReadonlyMap<string, string | true>;
  /** A bad --lang value or an unknown command: reported even when --help is given. */
  readonly fatal: UsageError | undefined;
  /** The first problem with an option; --help wins over it. */
  readonly optionProblem: UsageError | undefined;
}

function optionLabel(name: string): string {
  return `--${name}`;
}

/**
 * Splits argv into the command, its positionals and its options, and checks every option against the
 * ones its place allows. Never throws: a problem is returned so that the language is known first.
 */
function parseLine(argv: readonly string[], env: Record<string, string | undefined>): ParsedLine {
  const { tokens } = parseArgs({
    args: [...argv],
    options: ALL_OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const commandToken = tokens.find((token) => token.kind === "positional");
  const command = commandToken?.kind === "positional" ? commandToken.value : undefined;
  const known = (COMMANDS as readonly string[]).includes(command ?? "") ? (command as Command) : undefined;

  // The language comes first: every later message depends on it.
  let lang = langFromEnv(env);
  let langProblem: string | undefined;
  for (const token of tokens) {
    if (token.kind === "option" && token.name === "lang" && typeof token.value === "string") {
      if (isLang(token.value)) lang = token.value;
      else langProblem = token.value;
    }
  }
  const m = MESSAGES[lang];
  let fatal: UsageError | undefined;
  if (command !== undefined && known === undefined) {
    fatal = new UsageError(m.unknownCommand(command, closest(command, COMMANDS)), undefined);
  } else if (langProblem !== undefined) {
    fatal = new UsageError(m.badChoice("--lang", langProblem, LANGS), known);
  }
  const problems: UsageError[] = [];

  const positionals: string[] = [];
  const global = new Map<string, string | true>();
  const values = new Map<string, string | true>();
  for (const token of tokens) {
    if (token.kind === "positional") {
      if (token !== commandToken) positionals.push(token.value);
      continue;
    }
    if (token.kind !== "option") continue;
    const beforeCommand = commandToken === undefined || token.index < commandToken.index;
    const place = beforeCommand ? "global" : known;
    if (place === undefined) continue; // options of an unknown command: the command is the problem
    const allowed = OPTIONS[place];
    const def = Object.hasOwn(allowed, token.name) ? allowed[token.name] : undefined;
    const where = beforeCommand ? undefined : known;
    if (def === undefined) {
      const guess = closest(token.rawName.replace(/^-+/, ""), Object.keys(allowed));
      problems.push(new UsageError(m.unknownOption(token.rawName, guess && optionLabel(guess)), where));
      continue;
    }
    const label = optionLabel(token.name);
    let value: string | true;
    if (def.type === "boolean") {
      if (token.inlineValue) {
        problems.push(new UsageError(m.takesNoValue(label), where));
        continue;
      }
      value = true;
    } else {
      // parseArgs (non-strict) takes the next argument as the value even when it is another option.
      const looksLikeOption =
        !token.inlineValue && typeof token.value === "string" && /^-(?!$|\d)/.test(token.value);
      if (typeof token.value !== "string" || looksLikeOption) {
        problems.push(new UsageError(m.missingValue(label), where));
        continue;
      }
      value = token.value;
    }
    (beforeCommand ? global : values).set(token.name, value);
  }
  return { lang, command: known, positionals, global, values, fatal, optionProblem: problems[0] };
}

/** `1.31`, `v1.31` or `1.31.2` to `1.31`; a usage error for anything else or a version podworks does not support. */
function kubernetesVersionOf(
  value: string | true | undefined,
  m: Messages,
  command: Command,
): KubernetesVersion | undefined {
  if (typeof value !== "string") return undefined;
  const match = /^v?1\.(\d{1,3})(?:\.\d+)?$/.exec(value);
  if (!match) throw new UsageError(m.badKubernetesVersion(value), command);
  const minor = Number(match[1]);
  const oldest = Number(OLDEST_KUBERNETES_VERSION.split(".")[1]);
  if (minor < oldest) throw new UsageError(m.oldKubernetesVersion(value, OLDEST_KUBERNETES_VERSION), command);
  return `1.${minor}`;
}

function choiceOf<T extends string>(
  value: string | true | undefined,
  choices: readonly T[],
  option: string,
  m: Messages,
  command: Command,
): T | undefined {
  if (typeof value !== "string") return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(m.badChoice(option, value, choices), command);
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}

function readReason(error: unknown, m: Messages): string {
  const code = (error as { code?: unknown } | null)?.code;
  const reasons: Record<string, FileReason> = {
    ENOENT: "notFound",
    ENOTDIR: "notFound",
    EISDIR: "isDirectory",
    EACCES: "permission",
    EPERM: "permission",
  };
  const reason = typeof code === "string" ? reasons[code] : undefined;
  if (reason) return m.reason(reason);
  return error instanceof Error ? error.message : String(error);
}

/** One spec of one file, validated. */
interface LoadedSpec {
  readonly index: number;
  readonly subject: string;
  readonly issues: readonly ValidationIssue[];
  readonly value: WorkloadSpec | undefined;
}

/** One input file: unreadable, unparsable, or a list of validated specs. */
interface LoadedFile {
  readonly name: string;
  readonly readError: string | undefined;
  readonly syntaxIssues: readonly ValidationIssue[];
  readonly specs: readonly LoadedSpec[];
}

interface Report {
  /** Problem blocks for stderr, one per file, spec or duplicate. */
  readonly blocks: string[];
  problems: number;
  readonly badFiles: Set<number>;
  unreadable: boolean;
  /** Warning blocks (specs that are valid but have warnings): printed to stderr, never a failure. */
  readonly warnings: string[];
}

/** Reads, parses and validates every file; nothing stops early so that every problem is known. */
function loadAll(
  files: readonly string[],
  io: CliIo,
  m: Messages,
  kubernetesVersion: KubernetesVersion | undefined,
): LoadedFile[] {
  let stdin: string | undefined;
  return files.map((file): LoadedFile => {
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
      return { name, readError: readReason(error, m), syntaxIssues: [], specs: [] };
    }
    const parsed = parseSpecs(text);
    const specs = parsed.specs.map((spec, index): LoadedSpec => {
      const result = validate(spec, kubernetesVersion ? { kubernetesVersion } : undefined);
      return {
        index: index + 1,
        subject: subjectOf(spec),
        issues: result.issues,
        value: result.ok ? result.value : undefined,
      };
    });
    return { name, readError: undefined, syntaxIssues: parsed.issues, specs };
  });
}

function reportFiles(loaded: readonly LoadedFile[], m: Messages, lang: Lang): Report {
  const report: Report = { blocks: [], problems: 0, badFiles: new Set(), unreadable: false, warnings: [] };
  const issueLines = (issues: readonly ValidationIssue[]) =>
    issues.map((issue) => indent(formatIssue(issue, lang))).join("\n");
  loaded.forEach((file, fileIndex) => {
    const problem = (block: string, count: number) => {
      report.blocks.push(block);
      report.problems += count;
      report.badFiles.add(fileIndex);
    };
    if (file.readError !== undefined) {
      report.unreadable = true;
      problem(m.cannotRead(file.name, file.readError), 1);
    } else if (file.syntaxIssues.length > 0) {
      const count = file.syntaxIssues.length;
      problem(`${m.fileProblems(file.name, count)}\n${issueLines(file.syntaxIssues)}`, count);
    } else if (file.specs.length === 0) {
      problem(m.noSpecs(file.name), 1);
    }
    for (const spec of file.specs) {
      if (spec.issues.length === 0) continue;
      const count = errorsOf(spec.issues).length;
      if (count === 0) {
        const n = spec.issues.length;
        report.warnings.push(
          `${m.specWarnings(file.name, spec.index, spec.subject, n)}\n${issueLines(spec.issues)}`,
        );
        continue;
      }
      problem(
        `${m.specProblems(file.name, spec.index, spec.subject, count)}\n${issueLines(spec.issues)}`,
        count,
      );
    }
  });
  return report;
}

/** Two specs that render the same object would overwrite each other when applied together. */
function reportDuplicates(loaded: readonly LoadedFile[], m: Messages, report: Report): void {
  const seen = new Map<string, { label: string; places: string[]; files: Set<number> }>();
  loaded.forEach((file, fileIndex) => {
    for (const spec of file.specs) {
      if (!spec.value) continue;
      for (const object of toManifests(spec.value)) {
        const { name, namespace } = object.metadata ?? {};
        const key = JSON.stringify([object.apiVersion, object.kind, namespace ?? "", name]);
        const label = `${object.kind} "${namespace ? `${namespace}/` : ""}${name}"`;
        const entry = seen.get(key) ?? { label, places: [], files: new Set<number>() };
        entry.places.push(m.where(file.name, spec.index));
        entry.files.add(fileIndex);
        seen.set(key, entry);
      }
    }
  });
  for (const entry of seen.values()) {
    if (entry.places.length < 2) continue;
    report.blocks.push(`${m.duplicate(entry.label, entry.places)}\n  ${m.fixLabel}: ${m.duplicateFix}`);
    report.problems += 1;
    for (const file of entry.files) report.badFiles.add(file);
  }
}

function render(line: ParsedLine, io: CliIo, m: Messages): number {
  const format = choiceOf(line.values.get("format"), FORMATS, "--format", m, "render") ?? "yaml";
  const kubernetesVersion = kubernetesVersionOf(line.values.get("kubernetes-version"), m, "render");
  const outputValue = line.values.get("output");
  const output = typeof outputValue === "string" && outputValue !== "-" ? outputValue : undefined;
  if (line.positionals.length === 0) throw new UsageError(m.noFiles, "render");

  const loaded = loadAll(line.positionals, io, m, kubernetesVersion);
  const report = reportFiles(loaded, m, line.lang);
  if (report.problems === 0) reportDuplicates(loaded, m, report);
  if (report.problems > 0) {
    const tail = [m.nothingRendered(report.problems, report.badFiles.size, loaded.length)];
    if (output !== undefined) tail.push(m.outputUntouched(output));
    io.stderr(`${[...report.blocks, tail.join("\n")].join("\n\n")}\n`);
    return report.unreadable ? EXIT_USAGE : EXIT_INVALID;
  }
  if (report.warnings.length > 0) io.stderr(`${report.warnings.join("\n\n")}\n`);

  const specs = loaded.flatMap((file) => file.specs.map((spec) => spec.value!));
  const options = kubernetesVersion ? { kubernetesVersion } : undefined;
  const text = format === "json" ? `${toJson(specs, options)}\n` : toYaml(specs, options);
  if (output === undefined) {
    io.stdout(text);
    return EXIT_OK;
  }
  try {
    io.writeFileAtomic(output, text);
  } catch (error) {
    io.stderr(`${m.cannotWrite(output, readReason(error, m))}\n`);
    return EXIT_USAGE;
  }
  io.stdout(`${m.wrote(output, toManifests(specs, options).length)}\n`);
  return EXIT_OK;
}

function validateCommand(line: ParsedLine, io: CliIo, m: Messages): number {
  const kubernetesVersion = kubernetesVersionOf(line.values.get("kubernetes-version"), m, "validate");
  if (line.positionals.length === 0) throw new UsageError(m.noFiles, "validate");

  const loaded = loadAll(line.positionals, io, m, kubernetesVersion);
  const report = reportFiles(loaded, m, line.lang);
  const ok = loaded
    .filter((_, index) => !report.badFiles.has(index))
    .map((file) =>
      m.fileOk(
        file.name,
        file.specs.map((spec) => spec.subject),
      ),
    );
  if (ok.length > 0) io.stdout(`${ok.join("\n")}\n`);
  if (report.warnings.length > 0) io.stderr(`${report.warnings.join("\n\n")}\n`);
  if (report.problems === 0) {
    const warnings = loaded.reduce(
      (n, file) => n + file.specs.reduce((k, spec) => k + spec.issues.length, 0),
      0,
    );
    if (!line.values.has("strict") || warnings === 0) return EXIT_OK;
    io.stderr(`${m.strictFailed(warnings)}\n`);
    return EXIT_INVALID;
  }
  const summary = m.summary(report.problems, report.badFiles.size, loaded.length);
  io.stderr(`${[...report.blocks, summary].join("\n\n")}\n`);
  return report.unreadable ? EXIT_USAGE : EXIT_INVALID;
}

function explain(line: ParsedLine, io: CliIo, m: Messages): number {
  const countValue = line.values.get("count");
  let count = DEFAULT_COUNT;
  if (typeof countValue === "string") {
    count = /^\d+$/.test(countValue) ? Number(countValue) : Number.NaN;
    if (!(count >= 1 && count <= MAX_COUNT))
      throw new UsageError(m.badCount(countValue, MAX_COUNT), "explain");
  }
  const fromValue = line.values.get("from");
  let from: Date | undefined;
  if (typeof fromValue === "string") {
    from = new Date(fromValue);
    if (Number.isNaN(from.getTime())) throw new UsageError(m.badFrom(fromValue), "explain");
  }
  const zoneValue = line.values.get("time-zone");
  const timeZone = typeof zoneValue === "string" ? zoneValue : undefined;
  if (line.positionals.length === 0) throw new UsageError(m.noSchedule, "explain");
  if (line.positionals.length > 1) throw new UsageError(m.splitSchedule(line.positionals.length), "explain");
  const schedule = line.positionals[0]!;

  const issues: ValidationIssue[] = [];
  const scheduleProblem = checkSchedule(schedule);
  if (scheduleProblem)
    issues.push({ path: "schedule", value: schedule, severity: "error", ...scheduleProblem });
  const zoneProblem = timeZone === undefined ? undefined : checkTimeZone(timeZone);
  if (zoneProblem) issues.push({ path: "--time-zone", value: timeZone, severity: "error", ...zoneProblem });
  if (issues.length > 0) {
    const lines = issues.map((issue) => indent(formatIssue(issue, line.lang)));
    io.stderr(`${[m.scheduleProblems(schedule, issues.length), ...lines].join("\n")}\n`);
    return EXIT_INVALID;
  }

  const result = explainSchedule(schedule, { timeZone, count, from, lang: line.lang });
  const width = Math.max(...result.nextRuns.map((run) => run.iso.length));
  const out = [
    `${m.scheduleLabel}: ${result.schedule}`,
    `${m.timeZoneLabel}: ${result.timeZone}`,
    `${m.descriptionLabel}: ${result.description}`,
    result.nextRuns.length > 0 ? m.nextRuns(result.nextRuns.length) : m.noRuns,
    ...result.nextRuns.map((run) => `  ${run.iso.padEnd(width)}  ${run.local}`),
  ];
  io.stdout(`${out.join("\n")}\n`);
  return EXIT_OK;
}

function usageOf(command: Command | undefined, m: Messages, lang: Lang): string {
  const facts = helpFacts();
  switch (command) {
    case "render":
      return m.renderUsage(facts);
    case "validate":
      return m.validateUsage(facts);
    case "explain":
      return m.explainUsage(facts);
    case "import":
      return IMPORT_MESSAGES[lang].usage;
    default:
      return m.usage(facts);
  }
}

function dispatch(line: ParsedLine, io: CliIo, m: Messages): number {
  const command = line.command;
  if (line.fatal) throw line.fatal;
  if (line.global.has("help") || line.values.has("help")) {
    io.stdout(usageOf(command === "help" ? undefined : command, m, line.lang));
    return EXIT_OK;
  }
  if (line.optionProblem) throw line.optionProblem;
  if (line.global.has("version")) {
    io.stdout(`${packageVersion()}\n`);
    return EXIT_OK;
  }
  switch (command) {
    case undefined:
      throw new UsageError(m.missingCommand, undefined);
    case "help": {
      const [topic, ...rest] = line.positionals;
      if (rest.length > 0) throw new UsageError(m.extraArguments(rest), "help");
      if (topic !== undefined && !(COMMANDS as readonly string[]).includes(topic)) {
        throw new UsageError(m.unknownCommand(topic, closest(topic, COMMANDS)), undefined);
      }
      io.stdout(usageOf(topic === "help" ? undefined : (topic as Command | undefined), m, line.lang));
      return EXIT_OK;
    }
    case "render":
      return render(line, io, m);
    case "validate":
      return validateCommand(line, io, m);
    case "explain":
      return explain(line, io, m);
    case "import": {
      const output = line.values.get("output");
      return runImport(
        line.positionals,
        { output: typeof output === "string" ? output : undefined, lang: line.lang },
        io,
      );
    }
  }
}

/**
 * Runs one podworks command. `argv` holds the arguments after the program name
 * (`process.argv.slice(2)`); the result is the exit code.
 */
export function run(argv: string[], io: CliIo): number {
  const line = parseLine(argv, io.env);
  const m = MESSAGES[line.lang];
  try {
    return dispatch(line, io, m);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(
        `podworks: ${error.message}\n${m.seeHelp(error.command === "help" ? undefined : error.command)}\n`,
      );
      return EXIT_USAGE;
    }
    if (isPodworksValidationError(error)) {
      // Specs are validated before rendering, so this only happens when core disagrees with itself.
      io.stderr(`${error.format(line.lang)}\n`);
      return EXIT_INVALID;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`podworks: ${m.internalError(detail)}\n`);
    return EXIT_INVALID;
  }
}
