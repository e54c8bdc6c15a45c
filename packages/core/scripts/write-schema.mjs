// Writes the editor schema (JSON Schema draft 2020-12) from the compiled catalogue: dist/schema.json with English
// descriptions and dist/schema.ko.json with Korean ones. Runs after tsc in `pnpm build`; nothing in them is
// written by hand.
import { writeFileSync } from "node:fs";
import { specJsonSchema } from "../dist/schema-json/index.js";

for (const [lang, file] of [
  ["en", "schema.json"],
  ["ko", "schema.ko.json"],
]) {
  const target = new URL(`../dist/${file}`, import.meta.url);
  writeFileSync(target, `${JSON.stringify(specJsonSchema(lang), null, 2)}\n`);
}
