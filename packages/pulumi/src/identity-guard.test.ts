import * as pulumi from "@pulumi/pulumi";
import { describe, expect, it } from "vitest";
import { installMocks } from "./__tests__/mocks.js";

await installMocks();
const { identityChanges, identityGuardProvider, refusalMessage, storageBytes } = await import(
  "./identity-guard.js"
);
type Identity = import("./identity-guard.js").StatefulSetIdentity;

const db: Identity = {
  namespace: "data",
  name: "db",
  serviceName: "db",
  templates: [
    { name: "data", storage: "10Gi" },
    { name: "wal", storage: "2Gi" },
  ],
};
const inputs = (identity: Identity, acknowledgeRename = false) => ({ identity, acknowledgeRename });
const kinds = (before: Identity, after: Identity) => identityChanges(before, after).map((c) => c.kind);

describe("storageBytes", () => {
  it("reads the quantity forms claims use", () => {
    expect(storageBytes("10Gi")).toBe(10 * 2 ** 30);
    expect(storageBytes("1.5Gi")).toBe(1.5 * 2 ** 30);
    expect(storageBytes("500M")).toBe(5e8);
    expect(storageBytes("1e9")).toBe(1e9);
    expect(storageBytes("1073741824")).toBe(2 ** 30);
    expect(storageBytes(2048)).toBe(2048);
    expect(storageBytes("1Ti")! > storageBytes("1000Gi")!).toBe(true);
  });

  it("gives up (undefined) on what it does not compare, and on unknown values", () => {
    expect(storageBytes("ten gigs")).toBeUndefined();
    expect(storageBytes("10Xi")).toBeUndefined();
    expect(storageBytes(undefined)).toBeUndefined();
    expect(storageBytes(pulumi.runtime.unknownValue)).toBeUndefined();
  });
});

describe("identityChanges", () => {
  it("finds nothing when nothing the claims depend on changed", () => {
    expect(identityChanges(db, { ...db })).toEqual([]);
  });

  it("lets a larger storage request through", () => {
    const grown: Identity = {
      ...db,
      templates: [
        { name: "data", storage: "20Gi" },
        { name: "wal", storage: "2Gi" },
      ],
    };
    expect(identityChanges(db, grown)).toEqual([]);
  });

  it("reports an added template, acknowledged by acknowledgeTemplateAddition (the pods must be re-created)", () => {
    const more: Identity = { ...db, templates: [...db.templates, { name: "backup", storage: "5Gi" }] };
    const changes = identityChanges(db, more);
    expect(changes.map((c) => [c.kind, c.acknowledgement])).toEqual([
      ["template-added", "acknowledgeTemplateAddition"],
    ]);
    expect(changes[0]!.en).toMatch(
      /volumeClaimTemplate "backup" is added: .*every pod is deleted before the new pods start/,
    );
    expect(refusalMessage("db", changes, { acknowledgeRename: true })).toMatch(
      /acknowledgeTemplateAddition: true/,
    );
    expect(refusalMessage("db", changes, { acknowledgeTemplateAddition: true })).toBeUndefined();
    // A StatefulSet that had no templates: its running pods have none of the volumes either.
    expect(identityChanges({ ...db, templates: [] }, db).map((c) => c.kind)).toEqual(["template-added"]);
  });

  it("reports a rename, a namespace move, a serviceName change and a vanished template, each acknowledgeable", () => {
    expect(kinds(db, { ...db, name: "db2" })).toEqual(["name"]);
    expect(kinds(db, { ...db, namespace: "" })).toEqual(["namespace"]);
    expect(kinds(db, { ...db, serviceName: "db-dns" })).toEqual(["serviceName"]);
    expect(kinds(db, { ...db, templates: [{ name: "pgdata", storage: "10Gi" }, db.templates[1]!] })).toEqual([
      "template-added",
      "template-removed",
    ]);
    const all = identityChanges(db, { namespace: "x", name: "y", serviceName: "z", templates: [] });
    expect(all.map((c) => c.kind)).toEqual([
      "name",
      "namespace",
      "serviceName",
      "template-removed",
      "template-removed",
    ]);
    expect(all.every((c) => c.acknowledgeable)).toBe(true);
  });

  it("reports a smaller storage request as not acknowledgeable", () => {
    const [change] = identityChanges(db, {
      ...db,
      templates: [{ name: "data", storage: "9Gi" }, db.templates[1]!],
    });
    expect(change?.kind).toBe("storage-shrunk");
    expect(change?.acknowledgeable).toBe(false);
    expect(change?.en).toBe(
      'volumeClaimTemplate "data" shrinks from 10Gi to 9Gi: Kubernetes can grow a claim but never shrink it',
    );
    expect(change?.ko).toMatch(/줄일 수는 없다/);
  });

  it("names the claims a rename leaves behind", () => {
    const [change] = identityChanges(db, { ...db, name: "db2" });
    expect(change?.en).toContain("new, empty claims (data-db2-<ordinal>, wal-db2-<ordinal>)");
    expect(change?.en).toContain("the data in data-db-<ordinal>, wal-db-<ordinal> would be left unused");
  });

  it("does not compare values that are unknown during preview", () => {
    const unknown = pulumi.runtime.unknownValue;
    expect(identityChanges(db, { ...db, namespace: unknown })).toEqual([]);
    expect(identityChanges(db, { ...db, templates: [{ name: unknown, storage: unknown }] })).toEqual([]);
  });

  it("finds nothing without a deployed identity (first deployment)", () => {
    expect(identityChanges(undefined, db)).toEqual([]);
  });
});

describe("refusalMessage", () => {
  it("lets acknowledged renames through, but never a shrink", () => {
    const rename = identityChanges(db, { ...db, name: "db2" });
    expect(refusalMessage("db2", rename, false)).toBeDefined();
    expect(refusalMessage("db2", rename, true)).toBeUndefined();
    const shrink = identityChanges(db, {
      ...db,
      templates: [{ name: "data", storage: "1Gi" }, db.templates[1]!],
    });
    expect(refusalMessage("db", shrink, true)).toMatch(/`acknowledgeRename` does not apply to shrinking/);
    expect(refusalMessage("db", [], false)).toBeUndefined();
  });

  it("explains the refusal in English, then in Korean, with the fix", () => {
    const message = refusalMessage("db2", identityChanges(db, { ...db, name: "db2" }), false)!;
    const lines = message.split("\n");
    expect(lines[0]).toBe(
      'podworks refused to change StatefulSet "db2", because its pods or PersistentVolumeClaims depend on it:',
    );
    expect(lines[1]).toMatch(/^ {2}- the StatefulSet name changes from "db" to "db2"/);
    expect(lines[2]).toMatch(/^ {2}fix: if this is intended, set `acknowledgeRename: true`/);
    expect(lines[3]).toBe(
      'podworks가 스테이트풀셋 "db2"의 변경을 거부했다. 파드나 퍼시스턴트볼륨클레임이 이 값에 의존한다.',
    );
    expect(lines[4]).toMatch(/스테이트풀셋 이름이 "db"에서 "db2"로 바뀐다/);
    expect(lines[5]).toMatch(/^ {2}해결: /);
  });
});

describe("selector changes", () => {
  const selected = (labels: Record<string, string>): Identity => ({
    ...db,
    selector: JSON.stringify({ matchLabels: labels }),
  });
  const before = selected({ "app.kubernetes.io/name": "db" });

  it("reports a changed selector, acknowledged only by acknowledgeSelectorChange", () => {
    const changes = identityChanges(before, selected({ tier: "db" }));
    expect(changes.map((c) => [c.kind, c.acknowledgement])).toEqual([
      ["selector", "acknowledgeSelectorChange"],
    ]);
    expect(refusalMessage("db", changes, true)).toMatch(/set `acknowledgeSelectorChange: true`/);
    expect(refusalMessage("db", changes, { acknowledgeRename: true })).toBeDefined();
    expect(refusalMessage("db", changes, { acknowledgeSelectorChange: true })).toBeUndefined();
  });

  it("names both options when a change needs both", () => {
    const changes = identityChanges(before, { ...selected({ tier: "db" }), serviceName: "db-dns" });
    const message = refusalMessage("db", changes, false)!;
    expect(message).toMatch(
      /set `acknowledgeRename: true` and `acknowledgeSelectorChange: true` on the component/,
    );
    expect(message).toMatch(/`acknowledgeRename: true`, `acknowledgeSelectorChange: true` 옵션을 지정하고/);
    expect(refusalMessage("db", changes, { acknowledgeRename: true })).not.toMatch(/serviceName changes/);
  });

  it("leaves the selector to the rename when the name changes (the default selector follows the name)", () => {
    const renamed = { ...selected({ "app.kubernetes.io/name": "db2" }), name: "db2" };
    expect(identityChanges(before, renamed).map((c) => c.kind)).toEqual(["name"]);
  });

  it("says nothing about a selector a guard deployed before podworks tracked it does not have", () => {
    expect(identityChanges(db, selected({ tier: "db" }))).toEqual([]);
  });

  it("refuses in the provider's diff, and lets an acknowledged change through", async () => {
    const next = selected({ tier: "db" });
    await expect(identityGuardProvider.diff!("id", inputs(before), inputs(next))).rejects.toThrow(
      /the selector changes .*every pod is deleted before the new pods start/,
    );
    expect(
      await identityGuardProvider.diff!("id", inputs(before), {
        ...inputs(next),
        acknowledgeSelectorChange: true,
      }),
    ).toEqual({ changes: true });
  });
});

describe("identityGuardProvider", () => {
  const diff = identityGuardProvider.diff!.bind(identityGuardProvider);

  it("reports no change for the same identity and a change for a larger template", async () => {
    expect(await diff("id", inputs(db), inputs(db))).toEqual({ changes: false });
    const grown = { ...db, templates: [{ name: "data", storage: "11Gi" }, db.templates[1]!] };
    expect(await diff("id", inputs(db), inputs(grown))).toEqual({ changes: true });
  });

  it("fails the diff (and so the preview) on an unacknowledged rename, and also refuses it in update", async () => {
    await expect(diff("id", inputs(db), inputs({ ...db, name: "db2" }))).rejects.toThrow(
      /refused to change StatefulSet "db2"/,
    );
    await expect(
      identityGuardProvider.update!("id", inputs(db), inputs({ ...db, name: "db2" })),
    ).rejects.toThrow(/refused/);
    expect(await diff("id", inputs(db), inputs({ ...db, name: "db2" }, true))).toEqual({ changes: true });
  });

  it("does not fail a preview whose new values are unknown, and reports a change", async () => {
    const next = inputs({ ...db, namespace: pulumi.runtime.unknownValue });
    expect(await diff("id", inputs(db), next)).toEqual({ changes: true });
  });

  it("creates with the identity as state and accepts any check", async () => {
    const created = await identityGuardProvider.create(inputs(db));
    expect(created).toEqual({ id: "data/db", outs: inputs(db) });
    expect(await identityGuardProvider.check!({}, inputs(db))).toEqual({ inputs: inputs(db) });
    expect((await identityGuardProvider.create(inputs({ ...db, namespace: "" }))).id).toBe("-/db");
  });

  it("serializes into self-contained code that behaves the same (the engine runs the serialized text)", async () => {
    const serialized = await pulumi.runtime.serializeFunction(() => identityGuardProvider);
    expect(serialized.text).not.toMatch(/require\(/);
    const exports: { handler?: () => pulumi.dynamic.ResourceProvider } = {};
    new Function("exports", serialized.text)(exports);
    const provider = exports.handler!();
    expect(await provider.diff!("id", inputs(db), inputs(db))).toEqual({ changes: false });
    await expect(provider.diff!("id", inputs(db), inputs({ ...db, serviceName: "x" }))).rejects.toThrow(
      /serviceName changes from "db" to "x"/,
    );
    const shrink = inputs({ ...db, templates: [{ name: "data", storage: "1Gi" }, db.templates[1]!] }, true);
    await expect(provider.diff!("id", inputs(db), shrink)).rejects.toThrow(/shrinks from 10Gi to 1Gi/);
  });
});
