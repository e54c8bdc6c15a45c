/**
 * Writes the generated schema to `packages/pulumi/provider/schema.json` (`pnpm --filter @podworks/pulumi gen:schema`);
 * `schema.test.ts` fails when the committed file differs.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { podworksSchemaJson } from "./index.js";

const target = fileURLToPath(new URL("../../../provider/schema.json", import.meta.url));
writeFileSync(target, podworksSchemaJson());
console.log(`wrote ${target}`);
