/** Runs the CLI in-process, the way the tests need it: paths relative to the repository root, an English locale. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "../cli.js";
import type { CliIo } from "../io.js";
import { writeFileAtomic } from "../node-io.js";

/** The repository root: example paths in the output stay short and the same on every machine. */
export const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
export const CLI_DIR = fileURLToPath(new URL("../../", import.meta.url));

export interface Result {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function podworks(
  argv: string[],
  options: { env?: Record<string, string | undefined>; stdin?: string } = {},
): Promise<Result> {
  let stdout = "";
  let stderr = "";
  let stdinReads = 0;
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: (path) => readFileSync(resolve(ROOT, path), "utf8"),
    stat: (path) => {
      try {
        const stats = statSync(resolve(ROOT, path));
        return stats.isDirectory() ? "directory" : stats.isFile() ? "file" : undefined;
      } catch {
        return undefined;
      }
    },
    readDir: (path) => readdirSync(resolve(ROOT, path)),
    readStdin: () => {
      stdinReads += 1;
      if (stdinReads > 1) throw new Error("stdin read twice");
      if (options.stdin === undefined) throw new Error("no stdin in this test");
      return options.stdin;
    },
    writeFileAtomic: (path, text) => writeFileAtomic(resolve(ROOT, path), text),
    env: options.env ?? { LANG: "en_US.UTF-8" },
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
