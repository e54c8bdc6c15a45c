import { describe, it } from "vitest";
import { CASES } from "../__fixtures__/cases/resources.js";
import { expectCase } from "../__tests__/expect-case.js";

describe("resources cases (accepted and rejected as the API server does)", () => {
  it.each(CASES.map((c) => [c.rejects ? `rejects ${c.name}` : `accepts ${c.name}`, c] as const))(
    "%s",
    (_name, c) => expectCase(c),
  );
});
