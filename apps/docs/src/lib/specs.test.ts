/**
 * Plain Kubernetes objects beside specs, as `podworks render` takes them: checked for what every object needs,
 * passed through unchanged in document order, and written as object literals in the TypeScript tab.
 */
import { parseSpecs } from "@podworks/core/parse";
import { describe, expect, it } from "vitest";
import { checkSpecs, typescriptFor } from "./specs";

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: workers
spec:
  clusterIP: None
  selector:
    batch.kubernetes.io/job-name: train`;
const JOB = `kind: Job
name: train
ttlSecondsAfterFinished: 60
containers:
  - name: w
    image: busybox:1.37
    resources: { requests: { cpu: 10m, memory: 16Mi } }`;

describe("Kubernetes objects beside specs", () => {
  it("passes an object through unchanged, in document order", () => {
    const checked = checkSpecs(`${SERVICE}\n---\n${JOB}`);
    expect(checked.problems).toEqual([]);
    const objects = parseSpecs(checked.yaml!).specs as { kind: string; spec: unknown }[];
    expect(objects.map((o) => o.kind)).toEqual(["Service", "Job"]);
    expect(objects[0]).toEqual(parseSpecs(SERVICE).specs[0]);
  });

  it("reports an object without a valid name under its kind", () => {
    const checked = checkSpecs("apiVersion: v1\nkind: Service\nmetadata:\n  name: Not_Valid");
    expect(checked.yaml).toBeUndefined();
    expect(checked.problems[0]!.subject).toBe('Service "Not_Valid"');
    expect(checked.problems[0]!.issues[0]!.path).toBe("metadata.name");
  });

  it("writes objects as literals and joins them with the specs' manifests", () => {
    const ts = typescriptFor(parseSpecs(`${SERVICE}\n---\n${JOB}`).specs);
    expect(ts).toContain('import { job, manifestsToYaml, toManifests } from "@podworks/core";');
    expect(ts).toContain('const workers = {\n  apiVersion: "v1",');
    expect(ts).toContain("console.log(manifestsToYaml([workers, ...toManifests(train)]));");
    // Without objects, the output stays the plain builder form.
    expect(typescriptFor(parseSpecs(JOB).specs)).toContain("console.log(toYaml(train));");
  });
});
