/**
 * Environment variables of a container.
 */
import { at, type Checker } from "../context.js";
import { checkEnvVarName } from "../formats.js";
import { list } from "./list.js";

export function checkEnv(checker: Checker, path: string, env: unknown): void {
  list(env).forEach((variable, index) => {
    const varPath = at(at(path, "env"), index);
    const nameProblem =
      typeof variable.name === "string" && variable.name !== "" ? checkEnvVarName(variable.name) : undefined;
    if (nameProblem) {
      checker.report(
        at(varPath, "name"),
        variable.name,
        nameProblem.rule,
        nameProblem.message,
        nameProblem.fix,
      );
    }
    if (typeof variable.name !== "string" || variable.name === "") {
      checker.report(
        at(varPath, "name"),
        variable.name,
        "required",
        { en: "every environment variable needs a name", ko: "환경 변수마다 이름이 있어야 한다" },
        { en: "set `name`", ko: "`name`을 지정한다" },
      );
    }
    if (variable.value !== undefined && variable.valueFrom !== undefined) {
      checker.report(
        varPath,
        variable,
        "pod.env-value-and-value-from",
        {
          en: "`value` and `valueFrom` cannot both be set",
          ko: "`value`와 `valueFrom`을 함께 쓸 수 없다",
        },
        { en: "keep one of them", ko: "둘 중 하나만 남긴다" },
      );
    }
  });
}
