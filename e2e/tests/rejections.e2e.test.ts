/**
 * Same rule, both sides: every spec in the table is rejected by core for a rule the API server enforces, and the
 * manifest carrying the same mistake (core bypassed) is rejected by the API server for the same field and reason.
 * The unbroken manifest is accepted first, so the rejection is the mistake's and nothing else's.
 */
import { validate } from "@podworks/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { causesOf, kube } from "../src/kube.js";
import { render, workloadOf } from "../src/manifests.js";
import { KNOWN_GAPS, REJECTIONS } from "../src/rejections.js";

describe("specs core rejects for an API-server rule are rejected by the API server too", () => {
  let ns = "";
  beforeAll(async () => {
    ns = await kube().namespace("e2e-reject", true);
  });
  afterAll(async () => {
    if (ns) await kube().dropNamespace(ns);
  });

  it.each(REJECTIONS.map((r) => [r.title, r] as const))("%s", async (_title, rejection) => {
    // Core: the base is valid, the mistake is reported at the expected path with the expected rule.
    expect(validate(rejection.base).ok).toBe(true);
    const result = validate({ ...rejection.base, ...rejection.bad });
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues.map((i) => ({ path: i.path, rule: i.rule }));
    expect(issues).toContainEqual(rejection.core);

    // Server: the base manifest is accepted (dry-run) ...
    const objects = render(rejection.base);
    for (const object of objects) {
      const answer = await kube().apply(object, { namespace: ns, dryRun: true });
      expect([200, 201], `${object.kind} ${String(answer.body.message)}`).toContain(answer.status);
    }
    // ... and the same manifest with the mistake written in is Invalid, for the same field, when created as is
    // (POST, like `kubectl create`) ...
    const broken = workloadOf(objects);
    rejection.patch(broken);
    const created = await kube().create(broken, { namespace: ns, dryRun: true });
    expect(created.status, String(created.body.message)).toBe(422);
    expect(created.body.reason).toBe("Invalid");
    const causes = causesOf(created);
    const cause = causes.find((c) => c.field === rejection.server.field);
    expect(cause, `causes: ${JSON.stringify(causes)}`).toBeDefined();
    expect(cause?.message).toMatch(rejection.server.message);
    // ... and refused by server-side apply (kubectl apply --server-side, Pulumi) as well: Invalid for the same
    // field, except that duplicate list keys are refused even before validation, when the apply is merged.
    const applied = await kube().apply(broken, { namespace: ns, dryRun: true });
    if (applied.status === 422) {
      expect(causesOf(applied).find((c) => c.field === rejection.server.field)?.message).toMatch(
        rejection.server.message,
      );
    } else {
      expect(applied.status, String(applied.body.message)).toBe(500);
      expect(String(applied.body.message)).toMatch(
        /failed to create typed patch object.*duplicate entries for key/,
      );
    }
  });

  // Filled when these tests find a rule core lacks; `it.each` refuses an empty table, hence the guard.
  if (KNOWN_GAPS.length > 0)
    it.each(KNOWN_GAPS.map((g) => [g.title, g] as const))(
      "known gap, core accepts but the server rejects: %s",
      async (_title, gap) => {
        const result = validate(gap.spec);
        expect(
          result.ok,
          "core rejects this now: move the case from KNOWN_GAPS to REJECTIONS in e2e/src/rejections.ts",
        ).toBe(true);
        const answer = await kube().create(workloadOf(render(gap.spec)), { namespace: ns, dryRun: true });
        expect(answer.status).toBe(422);
        const cause = causesOf(answer).find((c) => c.field === gap.server.field);
        expect(cause, JSON.stringify(causesOf(answer))).toBeDefined();
        expect(cause?.message).toMatch(gap.server.message);
      },
    );
});
