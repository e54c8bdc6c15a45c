#!/usr/bin/env node
/** The `podworks` executable: binds `run` to this process's arguments, streams and exit code. */
import { run } from "./cli.js";
import { nodeIo } from "./node-io.js";

// A reader that stops early (`podworks render x.yaml | head`) is not an error of ours.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

// Setting exitCode (not calling process.exit) lets piped output drain before the process ends.
process.exitCode = await run(process.argv.slice(2), nodeIo());
