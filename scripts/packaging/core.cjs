// The packed @podworks/core from CommonJS. Core is ESM only; Node's require(esm), unflagged since Node 22.12
// (core needs 22.13 or later), loads it because no module of core uses top-level await.
const assert = require("node:assert/strict");
const core = require("@podworks/core");
const { parseSpecs } = require("@podworks/core/parse");

const result = core.validate({
  kind: "CronJob",
  name: "nightly",
  schedule: "0 25 * * *",
  containers: [{ name: "c", image: "busybox:1.37" }],
});
assert.equal(result.ok, false);
assert.equal(result.issues[0].path, "schedule");
assert.match(result.issues[0].message.ko, /[가-힣]/);
assert.equal(parseSpecs("kind: Job\nname: a\n").specs.length, 1);
console.log("core (CommonJS through require(esm)): ok");
