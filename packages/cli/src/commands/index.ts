/**
 * Every podworks command, in the order the help lists them. To add one, write `commands/<name>.ts` exporting a
 * `CommandDef` (see `command.ts`), add its messages to `messages.ts`, and add it to this list: the dispatcher,
 * `podworks help`, usage errors and the shell completions all read the list.
 */
import type { CommandDef } from "./command.js";
import { completionCommand } from "./completion.js";
import { explain } from "./explain.js";
import { importCommand } from "./import.js";
import { render } from "./render.js";
import { validate } from "./validate.js";

/** `help` is not in the list: it is the dispatcher's own (`podworks help <command>`). */
export const COMMANDS: readonly CommandDef[] = [
  render,
  validate,
  explain,
  importCommand,
  completionCommand(() => COMMANDS),
];

export function commandNamed(name: string | undefined): CommandDef | undefined {
  return COMMANDS.find((command) => command.name === name);
}
