/** `podworks render`: check every spec, then print (or write) all their Kubernetes objects at once. */

import { dirname } from "node:path";
import { manifestsToYaml } from "@podworks/core";
import { type CheckedInputs, checkInputs, readReason } from "../inputs.js";
import { countsOf, textBlocks } from "../report.js";
import {
  type CommandDef,
  choiceOf,
  EXIT_INVALID,
  EXIT_OK,
  EXIT_USAGE,
  HELP_OPTION,
  KUBERNETES_VERSION_OPTION,
  kubernetesVersionOf,
  LANG_OPTION,
  UsageError,
} from "./command.js";

export const RENDER_FORMATS = ["yaml", "json"] as const;

/** Every object of every document, in order: what `render` prints. */
export function objectsOf(inputs: CheckedInputs): unknown[] {
  return inputs.files.flatMap((file) => file.documents.flatMap((doc) => doc.objects));
}

/** A `v1` `List`: what `kubectl apply -f -` reads as several objects from one JSON document. */
export function asList(objects: readonly unknown[]): string {
  return `${JSON.stringify({ apiVersion: "v1", kind: "List", items: objects }, null, 2)}\n`;
}

export const render: CommandDef = {
  name: "render",
  summary: (m) => m.renderSummary,
  operands: (m) => m.fileOperands,
  operandCompletion: "files",
  options: {
    output: { type: "string", short: "o", path: true },
    format: { type: "string", choices: RENDER_FORMATS },
    "kubernetes-version": KUBERNETES_VERSION_OPTION,
    lang: LANG_OPTION,
    help: HELP_OPTION,
  },
  usage: (m, facts) => m.renderUsage(facts),
  run: ({ line, io, m }) => {
    const format = choiceOf(line.values.get("format"), RENDER_FORMATS, "--format", m, "render") ?? "yaml";
    const kubernetesVersion = kubernetesVersionOf(line.values.get("kubernetes-version"), m, "render");
    const outputValue = line.values.get("output");
    const output = typeof outputValue === "string" && outputValue !== "-" ? outputValue : undefined;
    if (line.positionals.length === 0) throw new UsageError(m.noFiles, "render");

    const inputs = checkInputs(line.positionals, io, m, kubernetesVersion);
    const counts = countsOf(inputs);
    const blocks = textBlocks(inputs, m, line.lang);
    if (counts.errors > 0) {
      const tail = [m.nothingRendered(counts.errors, counts.badFiles, counts.files)];
      if (output !== undefined) tail.push(m.outputUntouched(output));
      io.stderr(`${[...blocks.errors, tail.join("\n")].join("\n\n")}\n`);
      return inputs.unreadable ? EXIT_USAGE : EXIT_INVALID;
    }
    if (blocks.warnings.length > 0) io.stderr(`${blocks.warnings.join("\n\n")}\n`);

    const objects = objectsOf(inputs);
    const text = format === "json" ? asList(objects) : manifestsToYaml(objects as never);
    if (output === undefined) {
      io.stdout(text);
      return EXIT_OK;
    }
    const folder = dirname(output);
    if (io.stat(folder) !== "directory") {
      io.stderr(`${m.missingFolder(output, folder)}\n`);
      return EXIT_USAGE;
    }
    try {
      io.writeFileAtomic(output, text);
    } catch (error) {
      io.stderr(`${m.cannotWrite(output, readReason(error, m))}\n`);
      return EXIT_USAGE;
    }
    io.stdout(`${m.wrote(output, objects.length)}\n`);
    return EXIT_OK;
  },
};
