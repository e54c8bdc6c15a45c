/** `podworks validate`: every problem of every file, for people (text) or for machines (json, sarif, github). */
import { checkInputs } from "../inputs.js";
import { countsOf, githubReport, jsonReport, REPORT_FORMATS, sarifReport, textBlocks } from "../report.js";
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

export const validate: CommandDef = {
  name: "validate",
  summary: (m) => m.validateSummary,
  operands: (m) => m.fileOperands,
  operandCompletion: "files",
  options: {
    format: { type: "string", choices: REPORT_FORMATS },
    "kubernetes-version": KUBERNETES_VERSION_OPTION,
    strict: { type: "boolean" },
    lang: LANG_OPTION,
    help: HELP_OPTION,
  },
  usage: (m, facts) => m.validateUsage(facts),
  run: ({ line, io, m, facts }) => {
    const format = choiceOf(line.values.get("format"), REPORT_FORMATS, "--format", m, "validate") ?? "text";
    const kubernetesVersion = kubernetesVersionOf(line.values.get("kubernetes-version"), m, "validate");
    if (line.positionals.length === 0) throw new UsageError(m.noFiles, "validate");

    const inputs = checkInputs(line.positionals, io, m, kubernetesVersion);
    const counts = countsOf(inputs);
    // --strict: warnings (lint warnings included) fail the check too, with exit code 1.
    const strictFails = line.values.has("strict") && counts.errors === 0 && counts.warnings > 0;
    const code =
      counts.errors === 0
        ? strictFails
          ? EXIT_INVALID
          : EXIT_OK
        : inputs.unreadable
          ? EXIT_USAGE
          : EXIT_INVALID;
    switch (format) {
      case "json":
        io.stdout(`${JSON.stringify(jsonReport(inputs, facts.version), null, 2)}\n`);
        return code;
      case "sarif":
        io.stdout(`${JSON.stringify(sarifReport(inputs, facts.version, m, line.lang), null, 2)}\n`);
        return code;
      case "github":
        io.stdout(githubReport(inputs, m, line.lang));
        return code;
      case "text": {
        const blocks = textBlocks(inputs, m, line.lang);
        if (blocks.warnings.length > 0) io.stderr(`${blocks.warnings.join("\n\n")}\n`);
        if (counts.errors === 0) {
          io.stdout(`${m.allValid(counts)}\n`);
          if (strictFails) io.stderr(`${m.strictFailed(counts.warnings)}\n`);
          return code;
        }
        io.stderr(`${[...blocks.errors, m.summary(counts)].join("\n\n")}\n`);
        return code;
      }
    }
  },
};
