/**
 * The DNS table (`__fixtures__/cases/dns.ts`), from kubernetes/kubernetes `pkg/apis/core/validation/validation_test.go`
 * (TestValidatePodDNSConfig, TestValidatePodDNSConfigWithRelaxedSearchDomain, TestValidatePodSpec's host alias
 * cases), plus the version-dependent rules and the IP parser on their own.
 */
import { describe, expect, it } from "vitest";
import { caseSpec, type ValidationCase } from "../__fixtures__/cases/case.js";
import { CASES } from "../__fixtures__/cases/dns.js";
import { expectSectionText, runCase } from "../__tests__/pod-cases.js";
import { baseJob, baseStatefulSet, validateServerRules as validate, withFields } from "../__tests__/specs.js";
import { Checker } from "../context.js";
import { toManifests } from "../render.js";
import type { KubernetesVersion } from "../version.js";
import { checkIp, dnsConfigSection, hostAliasSection } from "./dns.js";

const spec = (fields: Record<string, unknown>) => withFields(baseJob, fields);
const issuesOf = (fields: Record<string, unknown>, kubernetesVersion?: KubernetesVersion) =>
  validate(spec(fields), kubernetesVersion ? { kubernetesVersion } : {}).issues.map(
    (i) => `${i.path} ${i.rule} ${i.severity}`,
  );

describe("DNS cases", () => {
  it.each(CASES.map((c): [string, ValidationCase] => [c.name, c]))("%s", (_name, c) => runCase(c));
});

describe("DNS sections", () => {
  it.each([dnsConfigSection, hostAliasSection])("$name has text in both languages", (section) => {
    expectSectionText(section);
  });
});

describe("IP addresses (IsValidIPForLegacyField)", () => {
  const errorsFor = (value: string, version: KubernetesVersion = "1.36") => {
    const checker = new Checker({ kubernetesVersion: version });
    checkIp(checker, "ip", value);
    return checker.issues.map((i) => i.severity);
  };

  it.each([
    "10.9.8.7",
    "0.0.0.0",
    "255.255.255.255",
    "2001:db8::ffff",
    "::1",
    "::",
    "fe80::0202:b3ff:fe1e:8329",
    "1:2:3:4:5:6:7:8",
    "1:2:3:4:5:6:1.2.3.4",
    "::1.2.3.4",
  ])("accepts %s", (value) => {
    expect(errorsFor(value)).toEqual([]);
  });

  it.each([
    "",
    "invalid",
    "999.999.999.999",
    "1.2.3",
    "1.2.3.4.5",
    "1.2.3.-4",
    "1:2:3:4:5:6:7:8:9",
    "1::2::3",
    "12345::1",
    "1.2.3.4/32",
    "fe80::1%eth0",
    " 1.2.3.4",
  ])("rejects %j", (value) => {
    expect(errorsFor(value)).toEqual(["error"]);
  });

  it("rejects leading zeros and IPv4-mapped IPv6 from 1.36 (StrictIPCIDRValidation) and warns before", () => {
    for (const value of ["001.002.003.004", "::ffff:1.2.3.4"]) {
      expect(errorsFor(value, "1.36"), value).toEqual(["error"]);
      expect(errorsFor(value, "1.35"), value).toEqual(["warning"]);
    }
  });
});

describe("DNS rules that depend on the version or the kind", () => {
  it("allows '_' and '.' in search domains from 1.33 only (RelaxedDNSSearchValidation)", () => {
    const fields = { dnsConfig: { searches: ["abc_d.example.com"] } };
    expect(issuesOf(fields, "1.33")).toEqual([]);
    expect(issuesOf(fields, "1.32")).toEqual(["dnsConfig.searches[0] format.dns1123-subdomain error"]);
    expect(issuesOf({ dnsConfig: { searches: ["."] } }, "1.32")).toEqual([
      "dnsConfig.searches[0] format.dns1123-subdomain error",
    ]);
  });

  it("refuses hostname and subdomain on a StatefulSet, whose controller sets both", () => {
    const result = validate(withFields(baseStatefulSet, { hostname: "db", subdomain: "db" }));
    expect(result.issues.map((i) => `${i.path} ${i.rule}`)).toEqual([
      "hostname dns.statefulset-identity",
      "subdomain dns.statefulset-identity",
    ]);
    expect(validate(spec({ hostname: "worker", subdomain: "workers" })).ok).toBe(true);
  });

  it("gates hostnameOverride at 1.35 (beta) and keeps it apart from setHostnameAsFQDN and hostNetwork", () => {
    expect(issuesOf({ hostnameOverride: "my-host" })).toEqual(["hostnameOverride beta warning"]);
    expect(issuesOf({ hostnameOverride: "my-host" }, "1.34")).toEqual(["hostnameOverride since error"]);
    expect(issuesOf({ hostnameOverride: "my-host", setHostnameAsFQDN: true })).toContain(
      "hostnameOverride dns.hostname-override-fqdn error",
    );
    expect(issuesOf({ hostnameOverride: "x".repeat(65) })).toContain("hostnameOverride max-length error");
  });

  it("renders the DNS fields into the pod template", () => {
    const [job] = toManifests(
      caseSpec({
        name: "",
        source: "podworks",
        spec: {
          dnsPolicy: "None",
          dnsConfig: { nameservers: ["10.96.0.10"], searches: ["svc.cluster.local"] },
          hostname: "worker",
          subdomain: "workers",
          setHostnameAsFQDN: true,
          hostAliases: [{ ip: "10.0.0.1", hostnames: ["db"] }],
        },
      }) as Parameters<typeof toManifests>[0],
    );
    const pod = (job as { spec: { template: { spec: Record<string, unknown> } } }).spec.template.spec;
    expect(pod).toMatchObject({
      dnsPolicy: "None",
      dnsConfig: { nameservers: ["10.96.0.10"], searches: ["svc.cluster.local"] },
      hostname: "worker",
      subdomain: "workers",
      setHostnameAsFQDN: true,
      hostAliases: [{ ip: "10.0.0.1", hostnames: ["db"] }],
    });
  });
});
