// The packed @podworks/core, imported as ESM: the main entry and the parse entry (with its optional peer, yaml).
import assert from "node:assert/strict";
import { manifestsToYaml, toManifests, validate } from "@podworks/core";
import { parseSpecs } from "@podworks/core/parse";

const spec = { kind: "Job", name: "pi", containers: [{ name: "pi", image: "busybox:1.37" }] };
assert.equal(validate(spec).ok, true);
const [job] = toManifests(spec);
assert.equal(job.kind, "Job");
const configMap = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "settings" } };
const yaml = manifestsToYaml([job, configMap]);
const parsed = parseSpecs(yaml);
assert.deepEqual(parsed.issues, []);
assert.deepEqual(parsed.specs, [job, configMap]);
assert.deepEqual(parsed.documents[1].locate("metadata.name"), {
  line: yaml.split("\n").indexOf("  name: settings") + 1,
  column: 9,
});
console.log("core (ESM): ok");
