import { describe, it } from "vitest";
import { CASES } from "../__fixtures__/cases/container.js";
import { expectCase } from "../__tests__/expect-case.js";

describe("container cases (accepted and rejected as the API server does)", () => {
  it.each(CASES.map((c) => [c.rejects ? `rejects ${c.name}` : `accepts ${c.name}`, c] as const))(
    "%s",
    (_name, c) => expectCase(c),
  );
});
