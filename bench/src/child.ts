/**
 * One measurement in a fresh process, so that memory and JIT state belong to it alone:
 *
 *   node src/child.ts run <system> <n> [--check]   time one system at one size
 *   node src/child.ts import <library>             time importing one library
 *
 * The result is printed as one line `BENCH {json}` (other output, such as Pulumi's log lines, is ignored).
 */
import { createHash } from "node:crypto";
import { LIBRARIES } from "./libraries.ts";
import { canonical, sortKeys } from "./normalise.ts";
import { expectedRegistrations, prepare, systemById } from "./systems.ts";

function emit(result: unknown): void {
  process.stdout.write(`\nBENCH ${JSON.stringify(result)}\n`);
}

/** Normalised objects in a fixed order (Pulumi registers asynchronously, so its order varies). */
export function canonicalSorted(objects: readonly unknown[], origin: Parameters<typeof canonical>[1]) {
  const keyed = canonical(objects, origin).map((object) => {
    const o = object as { kind?: string; metadata?: { name?: string } };
    return { key: `${o.kind}/${o.metadata?.name}`, object };
  });
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => sortKeys(k.object));
}

async function runOne(id: string, n: number, check: boolean): Promise<void> {
  const system = systemById(id);
  const context = await system.load({ record: check });
  await prepare(system, context, n);
  const baseRssKiB = Math.round(process.memoryUsage().rss / 1024);

  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const output = await system.run(context, n);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const maxRssKiB = process.resourceUsage().maxRSS;

  const result: Record<string, unknown> = {
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssKiB,
    baseRssKiB,
  };
  if (system.output === "pulumi") {
    const registrations = output as number;
    const expected = expectedRegistrations(id, n);
    if (registrations !== expected) {
      throw new Error(`${id}: the mock engine saw ${registrations} registrations, expected ${expected}`);
    }
    result.registrations = registrations;
  }
  if (check) {
    const objects = await system.objects(context, output, n);
    const normalised = canonicalSorted(objects, system.origin);
    result.objects = normalised.length;
    result.digest = createHash("sha256").update(JSON.stringify(normalised)).digest("hex");
    if (process.env.BENCH_DUMP) {
      const { writeFileSync } = await import("node:fs");
      writeFileSync(`${process.env.BENCH_DUMP}/${id}-${n}.json`, JSON.stringify(normalised, null, 1));
    }
  }
  emit(result);
}

async function importOne(library: string): Promise<void> {
  const specifiers = LIBRARIES[library];
  if (!specifiers) throw new Error(`unknown library ${library}`);
  const t0 = performance.now();
  for (const specifier of specifiers) await import(specifier);
  const wallMs = performance.now() - t0;
  emit({ wallMs, maxRssKiB: process.resourceUsage().maxRSS });
}

const [mode, name, size, flag] = process.argv.slice(2);
if (mode === "run" && name && size) {
  await runOne(name, Number(size), flag === "--check");
} else if (mode === "import" && name) {
  await importOne(name);
} else {
  console.error("usage: node src/child.ts run <system> <n> [--check] | import <library>");
  process.exit(2);
}
// Pulumi's mock runtime keeps handles open; the measurement is done.
process.exit(0);
