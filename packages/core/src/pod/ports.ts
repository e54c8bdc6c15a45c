/**
 * Container ports: numbers, protocols and names unique across the pod.
 */
import { at, type Checker } from "../context.js";
import { checkPortName } from "../formats.js";
import { list } from "./list.js";

type Raw = Record<string, unknown>;

export function checkPorts(checker: Checker, path: string, container: Raw, portNames: Set<string>): void {
  list(container.ports).forEach((port, index) => {
    const portPath = at(at(path, "ports"), index);
    const number = port.containerPort;
    if (!(typeof number === "number" && Number.isInteger(number) && number >= 1 && number <= 65535)) {
      checker.report(
        at(portPath, "containerPort"),
        number,
        "pod.port-range",
        {
          en: "containerPort must be an integer from 1 to 65535",
          ko: "containerPort는 1부터 65535까지의 정수여야 한다",
        },
        {
          en: "set the port the process listens on, e.g. 8080",
          ko: "프로세스가 여는 포트를 적는다(예: 8080)",
        },
      );
    }
    const protocol = port.protocol;
    if (protocol !== undefined && protocol !== "TCP" && protocol !== "UDP" && protocol !== "SCTP") {
      checker.report(
        at(portPath, "protocol"),
        protocol,
        "enum",
        { en: "must be one of TCP, UDP, SCTP", ko: "TCP, UDP, SCTP 중 하나여야 한다" },
        { en: "use TCP, UDP or SCTP (upper case)", ko: "TCP, UDP, SCTP 중 하나를 대문자로 쓴다" },
      );
    }
    const name = port.name;
    if (typeof name === "string") {
      const problem = checkPortName(name);
      if (problem) checker.report(at(portPath, "name"), name, problem.rule, problem.message, problem.fix);
      if (portNames.has(name)) {
        checker.report(
          at(portPath, "name"),
          name,
          "pod.duplicate-port-name",
          {
            en: `port name "${name}" is used twice in the pod`,
            ko: `"${name}"라는 포트 이름이 파드 안에서 두 번 쓰였다`,
          },
          { en: "give each port its own name", ko: "포트마다 다른 이름을 붙인다" },
        );
      }
      portNames.add(name);
    }
  });
}
