import { describe } from "vitest";
import { CASES } from "./__fixtures__/cases/daemon-set.js";
import { runCases } from "./__tests__/cases.js";

describe("DaemonSet validation cases", () => runCases(CASES));
