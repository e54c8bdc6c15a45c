/**
 * `podworks completion bash|zsh|fish`: a completion script for the shell, built from the command registry, so
 * a new command or option completes as soon as it is registered.
 */
import { type CommandDef, EXIT_OK, HELP_OPTION, LANG_OPTION, type OptionDef, UsageError } from "./command.js";

export const SHELLS = ["bash", "zsh", "fish"] as const;
type Shell = (typeof SHELLS)[number];

/** The options podworks takes before a command. */
export const GLOBAL_OPTIONS: Readonly<Record<string, OptionDef>> = {
  lang: LANG_OPTION,
  help: HELP_OPTION,
  version: { type: "boolean", short: "v" },
};

interface Entry {
  readonly name: string;
  readonly summary: string;
  readonly options: readonly [string, OptionDef][];
  readonly operands: CommandDef["operandCompletion"];
}

const visible = (options: Readonly<Record<string, OptionDef>>) =>
  Object.entries(options).filter(([, def]) => !def.hidden);

const operandWords = (operands: CommandDef["operandCompletion"]): readonly string[] | undefined =>
  typeof operands === "function" ? operands() : Array.isArray(operands) ? operands : undefined;

function flags(name: string, def: OptionDef): string[] {
  return def.short ? [`-${def.short}`, `--${name}`] : [`--${name}`];
}

function bash(entries: readonly Entry[]): string {
  const valueOptions = new Set<string>();
  for (const entry of entries)
    for (const [name, def] of entry.options)
      if (def.type === "string") for (const f of flags(name, def)) valueOptions.add(f);
  const prevCases: string[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    for (const [name, def] of entry.options) {
      if (def.type !== "string") continue;
      const key = `${entry.name} ${name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const reply = def.choices
        ? `COMPREPLY=($(compgen -W "${def.choices.join(" ")}" -- "$cur"))`
        : def.path
          ? `COMPREPLY=($(compgen -f -- "$cur"))`
          : "COMPREPLY=()";
      prevCases.push(`    ${entry.name}:${flags(name, def).join(`|${entry.name}:`)}) ${reply}; return ;;`);
    }
  }
  const commandCases = entries
    .filter((entry) => entry.name !== "")
    .map((entry) => {
      const options = entry.options.flatMap(([name, def]) => flags(name, def)).join(" ");
      const words = operandWords(entry.operands);
      const operands =
        entry.operands === "files"
          ? `COMPREPLY=($(compgen -f -- "$cur"))`
          : words
            ? `COMPREPLY=($(compgen -W "${words.join(" ")}" -- "$cur"))`
            : "COMPREPLY=()";
      return `    ${entry.name}) if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "${options}" -- "$cur")); else ${operands}; fi ;;`;
    });
  const global = entries.find((entry) => entry.name === "")!;
  const names = entries.filter((entry) => entry.name !== "").map((entry) => entry.name);
  return `# podworks completion for bash. Load it now with: source <(podworks completion bash)
# or for every shell: podworks completion bash > ~/.local/share/bash-completion/completions/podworks
_podworks() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" command="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      ${[...valueOptions].join("|")}) ((i++)) ;;
      -*) ;;
      *) command="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  case "$command:$prev" in
${prevCases.join("\n")}
  esac
  if [[ -z "$command" ]]; then
    if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "${global.options.flatMap(([n, d]) => flags(n, d)).join(" ")}" -- "$cur"))
    else COMPREPLY=($(compgen -W "${names.join(" ")}" -- "$cur")); fi
    return
  fi
  case "$command" in
${commandCases.join("\n")}
  esac
}
complete -o filenames -o bashdefault -F _podworks podworks
`;
}

const zshQuote = (text: string) => `'${text.replace(/'/g, "'\\''")}'`;

function zshSpecs(options: readonly [string, OptionDef][]): string[] {
  return options.map(([name, def]) => {
    const value =
      def.type === "boolean"
        ? ""
        : def.choices
          ? `:${name}:(${def.choices.join(" ")})`
          : def.path
            ? `:file:_files`
            : `:${name}:`;
    if (def.short) return `'(-${def.short} --${name})'{-${def.short},--${name}}'${value}'`;
    return zshQuote(`--${name}${value}`);
  });
}

function zsh(entries: readonly Entry[]): string {
  const global = entries.find((entry) => entry.name === "")!;
  const commands = entries.filter((entry) => entry.name !== "");
  const cases = commands.map((entry) => {
    const words = operandWords(entry.operands);
    const operand =
      entry.operands === "files"
        ? "'*:file:_files'"
        : words
          ? zshQuote(`*:argument:(${words.join(" ")})`)
          : "";
    return `        ${entry.name}) _arguments ${[...zshSpecs(entry.options), operand].filter(Boolean).join(" ")} ;;`;
  });
  return `#compdef podworks
# podworks completion for zsh. Load it now with: source <(podworks completion zsh)
# or save it as _podworks in a folder on $fpath: podworks completion zsh > "\${fpath[1]}/_podworks"
_podworks() {
  local curcontext="$curcontext" state line
  local -a commands
  commands=(
${commands.map((entry) => `    ${zshQuote(`${entry.name}:${entry.summary.replace(/:/g, "\\:")}`)}`).join("\n")}
  )
  _arguments -C ${zshSpecs(global.options).join(" ")} '1:command:->command' '*::argument:->argument'
  case $state in
    command) _describe -t commands 'podworks command' commands ;;
    argument)
      case $line[1] in
${cases.join("\n")}
      esac ;;
  esac
}
if [[ "\${zsh_eval_context[-1]}" == loadautofunc ]]; then _podworks "$@"; else compdef _podworks podworks; fi
`;
}

const fishQuote = (text: string) => `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

function fishOption(condition: string, name: string, def: OptionDef): string {
  const parts = ["complete -c podworks", `-n ${fishQuote(condition)}`];
  if (def.short) parts.push(`-s ${def.short}`);
  parts.push(`-l ${name}`);
  if (def.choices) parts.push(`-x -a ${fishQuote(def.choices.join(" "))}`);
  else if (def.path) parts.push("-r -F");
  else if (def.type === "string") parts.push("-x");
  return parts.join(" ");
}

function fish(entries: readonly Entry[]): string {
  const global = entries.find((entry) => entry.name === "")!;
  const commands = entries.filter((entry) => entry.name !== "");
  const lines = [
    "# podworks completion for fish: podworks completion fish > ~/.config/fish/completions/podworks.fish",
    "complete -c podworks -f",
    ...commands.map(
      (entry) =>
        `complete -c podworks -n __fish_use_subcommand -a ${entry.name} -d ${fishQuote(entry.summary)}`,
    ),
    ...global.options.map(([name, def]) => fishOption("__fish_use_subcommand", name, def)),
  ];
  for (const entry of commands) {
    const condition = `__fish_seen_subcommand_from ${entry.name}`;
    const words = operandWords(entry.operands);
    if (entry.operands === "files") lines.push(`complete -c podworks -n ${fishQuote(condition)} -F`);
    else if (words)
      lines.push(`complete -c podworks -n ${fishQuote(condition)} -a ${fishQuote(words.join(" "))}`);
    for (const [name, def] of entry.options) lines.push(fishOption(condition, name, def));
  }
  return `${lines.join("\n")}\n`;
}

/** The completion script for `shell`, covering `commands` and the global options. */
export function completionScript(shell: Shell, commands: readonly Entry[]): string {
  return { bash, zsh, fish }[shell](commands);
}

export function completionCommand(registry: () => readonly CommandDef[]): CommandDef {
  return {
    name: "completion",
    summary: (m) => m.completionSummary,
    operands: () => "<bash|zsh|fish>",
    operandCompletion: SHELLS,
    options: { lang: LANG_OPTION, help: HELP_OPTION },
    usage: (m) => m.completionUsage,
    run: ({ line, io, m }) => {
      const [shell, ...rest] = line.positionals;
      if (shell === undefined) throw new UsageError(m.noShell(SHELLS), "completion");
      if (rest.length > 0) throw new UsageError(m.extraArguments(rest), "completion");
      if (!(SHELLS as readonly string[]).includes(shell)) {
        throw new UsageError(m.badChoice("shell", shell, SHELLS), "completion");
      }
      const entries: Entry[] = [
        { name: "", summary: "", options: visible(GLOBAL_OPTIONS), operands: "none" },
        ...registry().map((command) => ({
          name: command.name,
          summary: command.summary(m),
          options: visible(command.options),
          operands: command.operandCompletion,
        })),
        {
          name: "help",
          summary: m.helpSummary,
          options: [],
          operands: registry().map((command) => command.name),
        },
      ];
      io.stdout(completionScript(shell as Shell, entries));
      return EXIT_OK;
    },
  };
}
