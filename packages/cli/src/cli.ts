/**
 * The podworks command line, as a function: `run(argv, io)` reads arguments and files through `io`,
 * writes through `io` and returns the exit code, so tests call it in-process. `main.ts` binds it to
 * the real process. The commands themselves live in `commands/` and are listed in `commands/index.ts`.
 *
 * Exit codes: 0 success, 1 invalid specs (validation or YAML syntax) or an invalid schedule,
 * 2 usage errors and files that cannot be read or written.
 *
 * @packageDocumentation
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  DEFAULT_KUBERNETES_VERSION,
  isLang,
  isPodworksValidationError,
  LANGS,
  type Lang,
  OLDEST_KUBERNETES_VERSION,
} from "@podworks/core";
import {
  type CommandDef,
  EXIT_INVALID,
  EXIT_OK,
  EXIT_USAGE,
  type OptionDef,
  UsageError,
} from "./commands/command.js";
import { GLOBAL_OPTIONS } from "./commands/completion.js";
import { DEFAULT_COUNT, MAX_COUNT } from "./commands/explain.js";
import { COMMANDS, commandNamed } from "./commands/index.js";
import type { CliIo } from "./io.js";
import { type HelpFacts, MESSAGES, type Messages } from "./messages.js";

export type { CommandDef } from "./commands/command.js";
export { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "./commands/command.js";
export type { CliIo } from "./io.js";

/** Every command name the dispatcher knows, `help` included. */
const NAMES = [...COMMANDS.map((command) => command.name), "help"];
const HELP_COMMAND_OPTIONS: Readonly<Record<string, OptionDef>> = {
  lang: GLOBAL_OPTIONS.lang!,
  help: GLOBAL_OPTIONS.help!,
};

/** All options at once, so that parseArgs knows which ones take a value wherever they appear. */
const ALL_OPTIONS = Object.fromEntries(
  [GLOBAL_OPTIONS, ...COMMANDS.map((command) => command.options)].flatMap((options) =>
    Object.entries(options).map(([name, def]) => [
      name,
      def.short ? { type: def.type, short: def.short } : { type: def.type },
    ]),
  ),
) as Record<string, { type: "string" | "boolean"; short?: string }>;

/** The package version, read from the package.json next to `src/` and `dist/`. */
export function packageVersion(): string {
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
  /** The command's name when it is a known one (`help` included). */
  readonly command: string | undefined;
  readonly positionals: readonly string[];
  readonly global: ReadonlyMap<string, string | true>;
  readonly values: ReadonlyMap<string, string | true>;
  /** A bad --lang value or an unknown command: reported even when --help is given. */
  readonly fatal: UsageError | undefined;
  /** The first problem with an option; --help wins over it. */
  readonly optionProblem: UsageError | undefined;
}

function optionsOf(command: string): Readonly<Record<string, OptionDef>> {
  return command === "help" ? HELP_COMMAND_OPTIONS : (commandNamed(command)?.options ?? {});
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
  const known = NAMES.includes(command ?? "") ? command : undefined;

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
    fatal = new UsageError(m.unknownCommand(command, closest(command, NAMES), NAMES), undefined);
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
    if (!beforeCommand && known === undefined) continue; // options of an unknown command: the command is the problem
    const allowed = beforeCommand ? GLOBAL_OPTIONS : optionsOf(known!);
    const def = Object.hasOwn(allowed, token.name) ? allowed[token.name] : undefined;
    const where = beforeCommand ? undefined : known;
    if (def === undefined) {
      const guess = closest(
        token.rawName.replace(/^-+/, ""),
        Object.keys(allowed).filter((name) => !allowed[name]!.hidden),
      );
      problems.push(new UsageError(m.unknownOption(token.rawName, guess && `--${guess}`), where));
      continue;
    }
    const label = `--${token.name}`;
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

function usageOf(command: CommandDef | undefined, m: Messages): string {
  const facts = helpFacts();
  if (command) return command.usage(m, facts);
  const rows = [
    ...COMMANDS.map((c) => [`${c.name} ${c.operands(m)}`, c.summary(m)] as const),
    [`help ${m.helpOperand}`, m.helpSummary] as const,
  ];
  const width = Math.max(...rows.map(([left]) => left.length));
  const lines = rows.map(([left, right]) => `  podworks ${left.padEnd(width)}  ${right}`);
  return m.usage(facts, lines);
}

async function dispatch(line: ParsedLine, io: CliIo, m: Messages): Promise<number> {
  if (line.fatal) throw line.fatal;
  const command = line.command === undefined ? undefined : commandNamed(line.command);
  if (line.global.has("help") || line.values.has("help")) {
    io.stdout(usageOf(command, m));
    return EXIT_OK;
  }
  if (line.optionProblem) throw line.optionProblem;
  if (line.global.has("version")) {
    io.stdout(`${packageVersion()}\n`);
    return EXIT_OK;
  }
  if (line.command === undefined) throw new UsageError(m.missingCommand(NAMES), undefined);
  if (line.command === "help") {
    const [topic, ...rest] = line.positionals;
    if (rest.length > 0) throw new UsageError(m.extraArguments(rest), "help");
    if (topic !== undefined && !NAMES.includes(topic)) {
      throw new UsageError(m.unknownCommand(topic, closest(topic, NAMES), NAMES), undefined);
    }
    io.stdout(usageOf(commandNamed(topic), m));
    return EXIT_OK;
  }
  const context = { lang: line.lang, positionals: line.positionals, values: line.values };
  return await command!.run({ line: context, io, m, facts: helpFacts() });
}

/**
 * Runs one podworks command. `argv` holds the arguments after the program name
 * (`process.argv.slice(2)`); the result is the exit code.
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const line = parseLine(argv, io.env);
  const m = MESSAGES[line.lang];
  try {
    return await dispatch(line, io, m);
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
