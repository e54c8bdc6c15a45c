/**
 * DNS cases: dnsPolicy, dnsConfig, hostAliases. Sources are kubernetes/kubernetes
 * `pkg/apis/core/validation/validation_test.go` (v1.36.3).
 */
import type { ValidationCase } from "./case.js";

const GO = "pkg/apis/core/validation/validation_test.go";

const searches = (n: number) => Array.from({ length: n }, (_, i) => `s${i}.example.com`);
/** 8 search domains of 253 characters, then one of `last`: 2032 + `last` characters with the spaces between. */
const longSearches = (last: number) => [
  ...Array.from(
    { length: 8 },
    (_, i) => `${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(63)}.${String(i).repeat(61)}`,
  ),
  "d".repeat(last),
];

export const CASES: readonly ValidationCase[] = [
  // --- dnsPolicy and dnsConfig -----------------------------------------------------------------------------
  {
    name: "empty dnsConfig",
    source: `${GO} TestValidatePodDNSConfig "valid: empty DNSConfig"`,
    spec: { dnsConfig: {} },
  },
  {
    name: "dnsConfig with one option",
    source: `${GO} TestValidatePodDNSConfig "valid: 1 option"`,
    spec: { dnsConfig: { options: [{ name: "ndots", value: "2" }] } },
  },
  {
    name: "dnsPolicy None with one nameserver",
    source: `${GO} TestValidatePodDNSConfig "valid: DNSNone with 1 nameserver"`,
    spec: { dnsPolicy: "None", dnsConfig: { nameservers: ["127.0.0.1"] } },
  },
  {
    name: "search path with a trailing period",
    source: `${GO} TestValidatePodDNSConfig "valid: 1 search path with trailing period"`,
    spec: { dnsConfig: { searches: ["custom."] } },
  },
  {
    name: "3 nameservers and 32 search paths",
    source: `${GO} TestValidatePodDNSConfig "valid: 3 nameservers and 32 search paths"`,
    spec: { dnsConfig: { nameservers: ["127.0.0.1", "10.0.0.10", "8.8.8.8"], searches: searches(32) } },
  },
  {
    name: "2048 characters in the search list",
    source: `${GO} TestValidatePodDNSConfig "valid: 2048 characters in search path list"`,
    spec: { dnsConfig: { searches: longSearches(16) } },
  },
  {
    name: "IPv6 nameserver",
    source: `${GO} TestValidatePodDNSConfig "valid: ipv6 nameserver"`,
    spec: { dnsConfig: { nameservers: ["FE80::0202:B3FF:FE1E:8329"] } },
  },
  {
    name: "search domain with underscores (RelaxedDNSSearchValidation, on from 1.33)",
    source: `${GO} TestValidatePodDNSConfigWithRelaxedSearchDomain "beginswith underscore, contains underscore, featuregate enabled"`,
    spec: { dnsConfig: { searches: ["_sip._tcp.abc_d.example.com"] } },
  },
  {
    name: "search domain that is the root domain",
    source: `${GO} TestValidatePodDNSConfigWithRelaxedSearchDomain "is dot, featuregate enabled"`,
    spec: { dnsConfig: { searches: ["."] } },
  },
  ...(
    [
      ["two dots", ".."],
      ["underscore and dot", "_."],
      ["dash and dot", "-."],
      ["dot and underscore", "._"],
      ["lot of underscores", "____________"],
      ["unicode character", "\u2603.example.com"],
    ] as const
  ).map(
    ([name, search]): ValidationCase => ({
      name: `search domain ${JSON.stringify(search)}`,
      source: `${GO} TestValidatePodDNSConfigWithRelaxedSearchDomain "${name}, featuregate enabled"`,
      spec: { dnsConfig: { searches: [search] } },
      rejects: { path: "dnsConfig.searches[0]", rule: "format.dns-search" },
    }),
  ),
  {
    name: "dnsPolicy Bogus",
    source: `${GO} TestValidatePodSpec "bad DNS policy"`,
    spec: { dnsPolicy: "invalid" },
    rejects: { path: "dnsPolicy", rule: "enum" },
  },
  {
    name: "4 nameservers",
    source: `${GO} TestValidatePodDNSConfig "invalid: 4 nameservers"`,
    spec: { dnsConfig: { nameservers: ["127.0.0.1", "10.0.0.10", "8.8.8.8", "1.2.3.4"] } },
    rejects: { path: "dnsConfig.nameservers", rule: "max-items" },
  },
  {
    name: "33 search paths",
    source: `${GO} TestValidatePodDNSConfig "invalid: 33 search paths"`,
    spec: { dnsConfig: { searches: searches(33) } },
    rejects: { path: "dnsConfig.searches", rule: "max-items" },
  },
  {
    name: "2049 characters in the search list",
    source: `${GO} TestValidatePodDNSConfig "invalid: 2049 characters in search path list"`,
    spec: { dnsConfig: { searches: longSearches(17) } },
    rejects: { path: "dnsConfig.searches", rule: "dns.search-length" },
  },
  {
    name: "invalid search path",
    source: `${GO} TestValidatePodDNSConfig "invalid search path"`,
    spec: { dnsConfig: { searches: ["custom?"] } },
    rejects: { path: "dnsConfig.searches[0]", rule: "format.dns-search" },
  },
  {
    name: "nameserver that is not an IP",
    source: `${GO} TestValidatePodDNSConfig "invalid nameserver"`,
    spec: { dnsConfig: { nameservers: ["invalid"] } },
    rejects: { path: "dnsConfig.nameservers[0]", rule: "format.ip" },
  },
  {
    name: "legacy nameserver with leading zeros (StrictIPCIDRValidation on in 1.36)",
    source: `${GO} TestValidatePodDNSConfig "invalid legacy IP nameserver with strict IP validation"`,
    spec: { dnsConfig: { nameservers: ["001.002.003.004"] } },
    rejects: { path: "dnsConfig.nameservers[0]", rule: "format.ip" },
  },
  {
    name: "resolver option without a name",
    source: `${GO} TestValidatePodDNSConfig "invalid empty option name"`,
    spec: { dnsConfig: { options: [{ value: "optionValue" }] } },
    rejects: { path: "dnsConfig.options[0].name", rule: "required" },
  },
  {
    name: "dnsPolicy None with search paths but no nameserver",
    source: `${GO} TestValidatePodDNSConfig "invalid: DNSNone with 0 nameserver"`,
    spec: { dnsPolicy: "None", dnsConfig: { searches: ["custom"] } },
    rejects: { path: "dnsConfig.nameservers", rule: "dns.none-needs-nameserver" },
  },
  {
    name: "dnsPolicy None without dnsConfig",
    source: `${GO} validatePodDNSConfig "must provide \`dnsConfig\` when \`dnsPolicy\` is None"`,
    spec: { dnsPolicy: "None" },
    rejects: { path: "dnsConfig", rule: "dns.none-needs-config" },
  },

  // --- hostAliases -----------------------------------------------------------------------------------------
  {
    name: "host aliases with IPv4 and IPv6 addresses",
    source: `${GO} TestValidatePodSpec "populate HostAliases"`,
    spec: {
      hostAliases: [
        { ip: "12.34.56.78", hostnames: ["host1", "host2"] },
        { ip: "2001:db8::1", hostnames: ["host3.example.com"] },
      ],
    },
  },
  {
    name: "host alias with IP 999.999.999.999",
    source: `${GO} TestValidatePodSpec "with hostAliases with invalid IP"`,
    spec: { hostAliases: [{ ip: "999.999.999.999", hostnames: ["host1"] }] },
    rejects: { path: "hostAliases[0].ip", rule: "format.ip" },
  },
  {
    name: "host alias with a legacy IP (leading zeros)",
    source: `${GO} TestValidatePodSpec "with hostAliases with invalid legacy IP with strict IP validation"`,
    spec: { hostAliases: [{ ip: "012.034.056.078", hostnames: ["host1"] }] },
    rejects: { path: "hostAliases[0].ip", rule: "format.ip" },
  },
  {
    name: "host alias with an invalid hostname",
    source: `${GO} TestValidatePodSpec "with hostAliases with invalid hostname"`,
    spec: { hostAliases: [{ ip: "12.34.56.78", hostnames: ["@#$^#@#$"] }] },
    rejects: { path: "hostAliases[0].hostnames[0]", rule: "format.dns1123-subdomain" },
  },
  {
    name: "host alias without an IP",
    source: 'podworks (core/v1 HostAlias: ip is +required; IsValidIPForLegacyField rejects "")',
    spec: { hostAliases: [{ hostnames: ["host1"] }] },
    rejects: { path: "hostAliases[0].ip", rule: "required" },
  },
  {
    name: "host alias without hostnames",
    source: "podworks",
    spec: { hostAliases: [{ ip: "12.34.56.78" }] },
    rejects: { path: "hostAliases[0].hostnames", rule: "required" },
    policy: {
      en: "The server stores a host alias without hostnames, but it adds nothing to /etc/hosts: almost always a mistake.",
      ko: "API 서버는 hostnames가 없는 호스트 별칭을 저장하지만 /etc/hosts에는 아무것도 더해지지 않는다. 거의 언제나 실수다.",
    },
  },
  {
    name: "host alias with an empty hostname list",
    source: "podworks",
    spec: { hostAliases: [{ ip: "12.34.56.78", hostnames: [] }] },
    rejects: { path: "hostAliases[0].hostnames", rule: "dns.host-alias-no-names" },
    policy: {
      en: "The server stores a host alias without hostnames, but it adds nothing to /etc/hosts: almost always a mistake.",
      ko: "API 서버는 hostnames가 없는 호스트 별칭을 저장하지만 /etc/hosts에는 아무것도 더해지지 않는다. 거의 언제나 실수다.",
    },
  },
];
