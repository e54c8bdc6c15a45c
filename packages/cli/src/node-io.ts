/**
 * The real file system and process streams behind `CliIo`. Kept apart from `main.ts` so that the
 * atomic write can be tested without starting a process.
 */
import { randomBytes } from "node:crypto";
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import type { CliIo } from "./io.js";

/** The mode bits of an existing file, so that replacing it keeps them; undefined when there is no file. */
function existingMode(path: string): number | undefined {
  try {
    return statSync(path).mode & 0o7777;
  } catch {
    return undefined;
  }
}

/**
 * Writes `text` to a new temporary file in the same directory, flushes it, then renames it over `path`.
 * Readers see the old file or the new one, never a part; on any error the temporary file is removed,
 * the error is thrown and `path` is as it was.
 */
export function writeFileAtomic(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const mode = existingMode(path);
  const fd = openSync(temp, "wx", 0o666);
  try {
    try {
      writeFileSync(fd, text);
      if (mode !== undefined) fchmodSync(fd, mode);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

export function nodeIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: (path) => readFileSync(path, "utf8"),
    stat: (path) => {
      try {
        const stats = statSync(path);
        return stats.isDirectory() ? "directory" : stats.isFile() ? "file" : undefined;
      } catch {
        return undefined;
      }
    },
    readDir: (path) => readdirSync(path),
    readStdin: () => readFileSync(process.stdin.fd, "utf8"),
    writeFileAtomic,
    env: process.env,
  };
}
