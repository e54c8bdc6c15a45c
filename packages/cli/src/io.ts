/** Everything the CLI touches outside itself; `node-io.ts` binds it to the real process, tests to memory. */
export interface CliIo {
  /** Standard output; the text carries its own line ends. */
  stdout(text: string): void;
  /** Standard error; the text carries its own line ends. */
  stderr(text: string): void;
  /** Reads a UTF-8 file; throws a Node error (`code` ENOENT, EISDIR, ...) when it cannot. */
  readFile(path: string): string;
  /** What is at `path`: a file, a directory, or nothing (also when it cannot be looked at). */
  stat(path: string): "file" | "directory" | undefined;
  /** The names in a directory (not sorted); throws a Node error when it cannot be read. */
  readDir(path: string): string[];
  /** Reads all of standard input. Called at most once per run. */
  readStdin(): string;
  /** Replaces `path` with `text` in one step (temp file and rename), or throws and changes nothing. */
  writeFileAtomic(path: string, text: string): void;
  /** The environment, for the default language (`LC_ALL`, `LC_MESSAGES`, `LANG`). */
  env: Record<string, string | undefined>;
}
