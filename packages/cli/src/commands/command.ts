/**
 * What a podworks command is: a name, the options it accepts (which also feed the help, the usage errors and the
 * shell completions) and a function from the parsed command line to an exit code. Commands register themselves
 * in `commands/index.ts`; nothing else needs to know them.
 */
import { type KubernetesVersion, type Lang, OLDEST_KUBERNETES_VERSION } from "@podworks/core";
import type { CliIo } from "../io.js";
import type { HelpFacts, Messages } from "../messages.js";

/** Exit code of a run that succeeded. */
export const EXIT_OK = 0;
/** Exit code when specs are invalid (validation or YAML syntax) or a schedule is invalid. */
export const EXIT_INVALID = 1;
/** Exit code of a usage error, or of a file that cannot be read or written. */
export const EXIT_USAGE = 2;

export interface OptionDef {
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** The values the option takes, for completions (the command checks them itself). */
  readonly choices?: readonly string[];
  /** The value is a path, for completions. */
  readonly path?: boolean;
  /** Left out of the help and the completions (`explain --from`, for reproducible output). */
  readonly hidden?: boolean;
}

/** One command line, split: the command's positionals and the options given after the command. */
export interface CommandLine {
  readonly lang: Lang;
  readonly positionals: readonly string[];
  readonly values: ReadonlyMap<string, string | true>;
}

export interface CommandContext {
  readonly line: CommandLine;
  readonly io: CliIo;
  readonly m: Messages;
  /** The version and defaults, as the help shows them. */
  readonly facts: HelpFacts;
}

/**
 * One command of the `podworks` command line: its name, help text, options, completions and what it runs. The
 * commands are described on the command line page of the docs.
 */
export interface CommandDef {
  /** The command's name, as typed after `podworks`. */
  readonly name: string;
  /** One line for the main help and the completions, in both languages. */
  readonly summary: (m: Messages) => string;
  /** `<file...>`, `"<schedule>"`: what follows the command in the usage line. */
  readonly operands: (m: Messages) => string;
  /** The options the command takes besides the global ones, by long name. */
  readonly options: Readonly<Record<string, OptionDef>>;
  /** What to complete for the operands: file names, a fixed list, or nothing. */
  readonly operandCompletion: "files" | "none" | readonly string[] | (() => readonly string[]);
  /** The whole help text of the command. */
  readonly usage: (m: Messages, facts: HelpFacts) => string;
  /** Runs the command and returns its exit code (`EXIT_OK`, `EXIT_INVALID` or `EXIT_USAGE`). */
  readonly run: (context: CommandContext) => number | Promise<number>;
}

/** A usage error: the message, printed with a pointer to the help, and exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command: string | undefined,
  ) {
    super(message);
  }
}

export const LANG_OPTION: OptionDef = { type: "string", choices: ["en", "ko"] };
export const HELP_OPTION: OptionDef = { type: "boolean", short: "h" };
export const KUBERNETES_VERSION_OPTION: OptionDef = { type: "string" };

/** `1.31`, `v1.31` or `1.31.2` to `1.31` or `1.31.2`; a usage error for anything else or a version podworks does not support. */
export function kubernetesVersionOf(
  value: string | true | undefined,
  m: Messages,
  command: string,
): KubernetesVersion | undefined {
  if (typeof value !== "string") return undefined;
  const match = /^v?1\.(\d{1,3})(?:\.(\d+))?$/.exec(value);
  if (!match) throw new UsageError(m.badKubernetesVersion(value), command);
  const minor = Number(match[1]);
  const oldest = Number(OLDEST_KUBERNETES_VERSION.split(".")[1]);
  if (minor < oldest) throw new UsageError(m.oldKubernetesVersion(value, OLDEST_KUBERNETES_VERSION), command);
  // The patch is kept: a few gates changed their default inside a minor (1.35.0-1.35.3 against 1.35.4).
  return match[2] === undefined ? `1.${minor}` : `1.${minor}.${Number(match[2])}`;
}

export function choiceOf<T extends string>(
  value: string | true | undefined,
  choices: readonly T[],
  option: string,
  m: Messages,
  command: string,
): T | undefined {
  if (typeof value !== "string") return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(m.badChoice(option, value, choices), command);
}
