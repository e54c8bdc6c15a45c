/**
 * The pod's names and name resolution: `dnsConfig` (checked like `validatePodDNSConfig`), `hostAliases`
 * (`ValidateHostAliases`), and the rules between `dnsPolicy`, `dnsConfig`, `hostname`, `subdomain`,
 * `setHostnameAsFQDN` and `hostnameOverride` (`validatePodHostName`), from kubernetes/kubernetes
 * `pkg/apis/core/validation/validation.go`.
 */
import type { CatalogueSection, FieldCatalogue } from "../catalogue.js";
import { at, type Checker, isRecord } from "../context.js";
import { checkDns1123Subdomain, type FormatProblem } from "../formats.js";
import { josa } from "../i18n.js";
import { supports } from "../version.js";
import { K8S_DOCS } from "./links.js";
import { reportProblem } from "./selector.js";

const DNS = `${K8S_DOCS}/concepts/services-networking/dns-pod-service/`;
const HOST_ALIASES = `${K8S_DOCS}/tasks/network/customize-hosts-file-for-pods/`;

/** `MaxDNSNameservers`, `MaxDNSSearchPaths`, `MaxDNSSearchListChars`: limits of libc's resolver. */
export const MAX_NAMESERVERS = 3;
export const MAX_SEARCHES = 32;
export const MAX_SEARCH_CHARS = 2048;

export interface PodDNSConfigOption {
  readonly name: string;
  readonly value?: string;
}

/**
 * Kubernetes' `PodDNSConfig` (core/v1): name servers, search domains and resolver options added to the pods' DNS
 * settings.
 */
export interface PodDNSConfig {
  readonly nameservers?: readonly string[];
  readonly searches?: readonly string[];
  readonly options?: readonly PodDNSConfigOption[];
}

/** Kubernetes' `HostAlias` (core/v1): an IP address and the host names the pods' `/etc/hosts` maps to it. */
export interface HostAlias {
  readonly ip: string;
  readonly hostnames: readonly string[];
}

// ---------------------------------------------------------------------------------------------------------
// IP addresses, as k8s.io/utils/net ParseIPSloppy reads them, with the strict rules of StrictIPCIDRValidation.

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

interface ParsedIp {
  /** 4 or 16 bytes are not needed here: only whether it parsed, and the two strict-mode flaws. */
  readonly leadingZeros: boolean;
  readonly ipv4Mapped: boolean;
}

function parseIpv4(text: string): { leadingZeros: boolean } | undefined {
  const match = IPV4.exec(text);
  if (!match) return undefined;
  let leadingZeros = false;
  for (let i = 1; i <= 4; i++) {
    const part = match[i]!;
    if (Number(part) > 255) return undefined;
    if (part.length > 1 && part.startsWith("0")) leadingZeros = true;
  }
  return { leadingZeros };
}

function parseIpv6(text: string): ParsedIp | undefined {
  if (!text.includes(":")) return undefined;
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const groups: string[][] = halves.map((half) => (half === "" ? [] : half.split(":")));
  let count = 0;
  let leadingZeros = false;
  let embeddedV4 = false;
  const all = groups.flat();
  for (let i = 0; i < all.length; i++) {
    const group = all[i]!;
    if (i === all.length - 1 && group.includes(".")) {
      const v4 = parseIpv4(group);
      if (!v4) return undefined;
      leadingZeros = v4.leadingZeros;
      embeddedV4 = true;
      count += 2;
      continue;
    }
    if (!HEX_GROUP.test(group)) return undefined;
    count += 1;
  }
  if (halves.length === 2 ? count > 7 : count !== 8) return undefined;
  // ::ffff:a.b.c.d (or its hexadecimal spelling) is an IPv4-mapped IPv6 address.
  const ipv4Mapped =
    halves.length === 2 &&
    groups[0]!.length === 0 &&
    ((embeddedV4 && groups[1]!.length === 2 && groups[1]![0]!.toLowerCase() === "ffff") ||
      (!embeddedV4 && groups[1]!.length === 3 && /^0*ffff$/i.test(groups[1]![0]!)));
  return { leadingZeros, ipv4Mapped };
}

/**
 * An IP address in a field the server checks with `IsValidIPForLegacyField`: from 1.36 (StrictIPCIDRValidation
 * on) leading zeros and IPv4-mapped IPv6 addresses are rejected; before, they are accepted with a warning.
 */
export function checkIp(checker: Checker, path: string, value: unknown): void {
  if (typeof value !== "string") return;
  const parsed: ParsedIp | undefined = value.includes(":")
    ? parseIpv6(value)
    : (() => {
        const v4 = parseIpv4(value);
        return v4 && { leadingZeros: v4.leadingZeros, ipv4Mapped: false };
      })();
  if (!parsed) {
    checker.report(
      path,
      value,
      "format.ip",
      {
        en: `"${value}" is not an IP address`,
        ko: `${josa(`"${value}"`, "은/는")} IP 주소가 아니다`,
      },
      {
        en: "write an IPv4 address such as 10.9.8.7 or an IPv6 address such as 2001:db8::ffff",
        ko: "10.9.8.7 같은 IPv4 주소나 2001:db8::ffff 같은 IPv6 주소를 적는다",
      },
    );
    return;
  }
  if (!parsed.leadingZeros && !parsed.ipv4Mapped) return;
  const flaw = parsed.leadingZeros
    ? { en: "has leading zeros", ko: "앞자리 0이 붙어 있다" }
    : { en: "is an IPv4-mapped IPv6 address", ko: "IPv4 매핑 IPv6 주소다" };
  const message = {
    en: `"${value}" ${flaw.en}, which Kubernetes reads ambiguously`,
    ko: `${josa(`"${value}"`, "은/는")} ${flaw.ko}. 쿠버네티스가 모호하게 읽는 형식이다`,
  };
  const fix = {
    en: "write the address in its plain form, e.g. 10.0.0.1 rather than 010.000.000.001 or ::ffff:10.0.0.1",
    ko: "010.000.000.001이나 ::ffff:10.0.0.1 대신 10.0.0.1처럼 기본 형식으로 적는다",
  };
  if (supports(checker.version, "1.36")) checker.report(path, value, "format.ip", message, fix);
  else checker.warn(path, value, "format.ip", message, fix);
}

// ---------------------------------------------------------------------------------------------------------
// dnsConfig

/**
 * `dns1123SubdomainFmtWithUnderscore` (`IsDNS1123SubdomainWithUnderscore`): labels of the form
 * `_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?`, so '_' may lead a label or sit inside it, never end it.
 */
const SUBDOMAIN_WITH_UNDERSCORE =
  /^_?[a-z0-9](?:[-_a-z0-9]*[a-z0-9])?(?:\._?[a-z0-9](?:[-_a-z0-9]*[a-z0-9])?)*$/;

function checkSearch(checker: Checker, path: string, search: string): void {
  // RelaxedDNSSearchValidation (on from 1.33): "." alone and '_' in labels are allowed.
  const relaxed = supports(checker.version, "1.33");
  if (relaxed && search === ".") return;
  const name = search.endsWith(".") ? search.slice(0, -1) : search;
  if (relaxed) {
    if (name.length <= 253 && SUBDOMAIN_WITH_UNDERSCORE.test(name)) return;
    const problem: FormatProblem | undefined = checkDns1123Subdomain(name.replaceAll("_", "-"));
    checker.report(
      path,
      search,
      "format.dns-search",
      {
        en: `"${search}" is not a search domain: lowercase letters, digits, '-', '_' and '.', each label starting with a letter, a digit or '_' and ending with a letter or digit, at most 253 characters`,
        ko: `${josa(`"${search}"`, "은/는")} 검색 도메인 형식이 아니다. 영문 소문자, 숫자, '-', '_', '.'만 쓸 수 있고, 각 레이블은 영문자, 숫자, '_'로 시작하고 영문자나 숫자로 끝나야 하며, 길이는 253자 이하다`,
      },
      problem?.fix ?? {
        en: "use a domain such as svc.cluster.local",
        ko: "svc.cluster.local 같은 도메인을 쓴다",
      },
    );
    return;
  }
  reportProblem(checker, path, search, checkDns1123Subdomain(name));
}

const podDnsConfigOptionSection: CatalogueSection<"podDNSConfigOption"> = {
  name: "podDNSConfigOption",
  title: { en: "Resolver option", ko: "리졸버 옵션" },
  description: { en: "An `options` line entry of resolv.conf.", ko: "resolv.conf의 `options` 항목 하나." },
  fields: {
    name: {
      type: "string",
      required: true,
      description: { en: "The option, e.g. `ndots`.", ko: "옵션 이름(예: `ndots`)." },
      rules: [{ en: "Non-empty.", ko: "비어 있으면 안 된다." }],
      link: `${DNS}#pod-dns-config`,
    },
    value: {
      type: "string",
      description: { en: "Its value, e.g. `2`.", ko: "옵션 값(예: `2`)." },
      link: `${DNS}#pod-dns-config`,
    },
  } as const satisfies FieldCatalogue<PodDNSConfigOption>,
  check: (checker, path, option) => {
    if (option.name === "") {
      checker.report(
        at(path, "name"),
        option.name,
        "required",
        { en: "a resolver option needs a name", ko: "리졸버 옵션에는 이름이 있어야 한다" },
        { en: 'set `name`, e.g. "ndots"', ko: '`name`을 지정한다. 예: "ndots"' },
      );
    }
  },
};

export const dnsConfigSection: CatalogueSection<"dnsConfig"> = {
  name: "dnsConfig",
  title: { en: "DNS config", ko: "DNS 설정" },
  description: {
    en: "Name servers, search domains and options merged into the resolv.conf that dnsPolicy generates.",
    ko: "dnsPolicy가 만드는 resolv.conf에 더할 네임서버, 검색 도메인, 옵션.",
  },
  fields: {
    nameservers: {
      type: "string[]",
      maxItems: MAX_NAMESERVERS,
      description: { en: "DNS server IP addresses.", ko: "DNS 서버 IP 주소." },
      rules: [
        {
          en: "IP addresses; at least one when `dnsPolicy` is `None`.",
          ko: "IP 주소여야 하고, `dnsPolicy`가 `None`이면 하나 이상 있어야 한다.",
        },
      ],
      link: `${DNS}#pod-dns-config`,
    },
    searches: {
      type: "string[]",
      maxItems: MAX_SEARCHES,
      description: {
        en: "Search domains for short host names.",
        ko: "짧은 호스트 이름에 붙여 볼 검색 도메인.",
      },
      rules: [
        {
          en: `DNS subdomains (a trailing '.' is allowed; from 1.33 also '_' and "."); at most ${MAX_SEARCH_CHARS} characters joined by spaces.`,
          ko: `DNS 서브도메인이어야 한다(끝의 '.'은 허용, 1.33부터 '_'와 "."도 허용). 공백으로 이은 전체 길이는 ${MAX_SEARCH_CHARS}자 이하다.`,
        },
      ],
      link: `${DNS}#pod-dns-config`,
    },
    options: {
      type: "object[]",
      section: podDnsConfigOptionSection,
      description: { en: "Resolver options such as `ndots`.", ko: "`ndots` 같은 리졸버 옵션." },
      link: `${DNS}#pod-dns-config`,
    },
  } as const satisfies FieldCatalogue<PodDNSConfig>,
  check: (checker, path, config) => {
    if (Array.isArray(config.nameservers)) {
      config.nameservers.forEach((ns, index) => {
        checkIp(checker, at(at(path, "nameservers"), index), ns);
      });
    }
    if (Array.isArray(config.searches)) {
      const searches = config.searches.filter((s): s is string => typeof s === "string");
      const length = searches.join(" ").length;
      if (length > MAX_SEARCH_CHARS) {
        checker.report(
          at(path, "searches"),
          config.searches,
          "dns.search-length",
          {
            en: `the search list is ${length} characters long (spaces included); at most ${MAX_SEARCH_CHARS} are allowed`,
            ko: `검색 목록의 길이가 공백을 포함해 ${length}자인데 최대 ${MAX_SEARCH_CHARS}자까지 쓸 수 있다`,
          },
          { en: "drop or shorten search domains", ko: "검색 도메인을 줄이거나 짧게 고친다" },
        );
      }
      config.searches.forEach((search, index) => {
        if (typeof search === "string") checkSearch(checker, at(at(path, "searches"), index), search);
      });
    }
  },
};

// ---------------------------------------------------------------------------------------------------------
// hostAliases

export const hostAliasSection: CatalogueSection<"hostAlias"> = {
  name: "hostAlias",
  title: { en: "Host alias", ko: "호스트 별칭" },
  description: {
    en: "An /etc/hosts line: an IP address and the names that resolve to it.",
    ko: "/etc/hosts의 한 줄. IP 주소와 그 주소로 해석될 이름.",
  },
  fields: {
    ip: {
      type: "string",
      required: true,
      description: { en: "The IP address.", ko: "IP 주소." },
      rules: [{ en: "An IPv4 or IPv6 address.", ko: "IPv4 또는 IPv6 주소여야 한다." }],
      link: HOST_ALIASES,
    },
    hostnames: {
      type: "string[]",
      required: true,
      description: { en: "Names for the address.", ko: "그 주소에 붙일 이름." },
      rules: [
        {
          en: "At least one (podworks: an entry without names does nothing); each a DNS-1123 subdomain.",
          ko: "하나 이상 있어야 하고(podworks 규칙: 이름 없는 항목은 아무 일도 하지 않는다), 각각 DNS-1123 서브도메인이어야 한다.",
        },
      ],
      link: HOST_ALIASES,
    },
  } as const satisfies FieldCatalogue<HostAlias>,
  check: (checker, path, alias) => {
    if (alias.ip !== undefined) checkIp(checker, at(path, "ip"), alias.ip);
    if (!Array.isArray(alias.hostnames)) return;
    if (alias.hostnames.length === 0) {
      checker.report(
        at(path, "hostnames"),
        alias.hostnames,
        "dns.host-alias-no-names",
        {
          en: "a host alias without hostnames adds nothing to /etc/hosts",
          ko: "hostnames가 없는 호스트 별칭은 /etc/hosts에 아무것도 더하지 않는다",
        },
        {
          en: "list the names that should resolve to the IP, or remove the entry",
          ko: "이 IP로 해석될 이름을 적거나 항목을 지운다",
        },
      );
    }
    alias.hostnames.forEach((name, index) => {
      if (typeof name === "string") {
        reportProblem(checker, at(at(path, "hostnames"), index), name, checkDns1123Subdomain(name));
      }
    });
  },
};

// ---------------------------------------------------------------------------------------------------------
// Rules across the pod's DNS fields

/** `validatePodDNSConfig`'s `None` case and `validatePodHostName`, plus the StatefulSet identity fields. */
export function checkDns(checker: Checker, spec: Record<string, unknown>): void {
  if (spec.dnsPolicy === "None") {
    const config = spec.dnsConfig;
    if (config === undefined) {
      checker.report(
        "dnsConfig",
        config,
        "dns.none-needs-config",
        {
          en: "dnsPolicy None takes all DNS settings from dnsConfig, which is missing",
          ko: "dnsPolicy가 None이면 모든 DNS 설정을 dnsConfig에서 가져오는데 dnsConfig가 없다",
        },
        {
          en: "add dnsConfig with at least one nameserver, or use another dnsPolicy",
          ko: "네임서버가 하나 이상 있는 dnsConfig를 추가하거나 다른 dnsPolicy를 쓴다",
        },
      );
    } else if (isRecord(config) && !hasStrings(config.nameservers)) {
      checker.report(
        "dnsConfig.nameservers",
        config.nameservers,
        "dns.none-needs-nameserver",
        {
          en: "dnsPolicy None needs at least one nameserver in dnsConfig",
          ko: "dnsPolicy가 None이면 dnsConfig에 네임서버가 하나 이상 있어야 한다",
        },
        {
          en: 'add a nameserver, e.g. nameservers: ["10.96.0.10"]',
          ko: '네임서버를 추가한다. 예: nameservers: ["10.96.0.10"]',
        },
      );
    }
  }
  const override = spec.hostnameOverride;
  if (typeof override === "string") {
    if (spec.setHostnameAsFQDN === true) {
      checker.report(
        "hostnameOverride",
        override,
        "dns.hostname-override-fqdn",
        {
          en: "hostnameOverride cannot be combined with setHostnameAsFQDN: true",
          ko: "hostnameOverride는 setHostnameAsFQDN: true와 함께 쓸 수 없다",
        },
        { en: "remove one of the two", ko: "둘 중 하나를 지운다" },
      );
    }
    if (spec.hostNetwork === true) {
      checker.report(
        "hostnameOverride",
        override,
        "dns.hostname-override-host-network",
        {
          en: "hostnameOverride cannot be used with hostNetwork: true (the pod has the node's hostname)",
          ko: "hostnameOverride는 hostNetwork: true와 함께 쓸 수 없다(파드가 노드의 호스트 이름을 쓴다)",
        },
        { en: "remove hostnameOverride or hostNetwork", ko: "hostnameOverride나 hostNetwork를 지운다" },
      );
    }
  }
  if (spec.kind === "StatefulSet") {
    for (const key of ["hostname", "subdomain"] as const) {
      if (spec[key] === undefined) continue;
      checker.report(
        key,
        spec[key],
        "dns.statefulset-identity",
        {
          en: `a StatefulSet's controller sets each pod's ${key} (${key === "hostname" ? "the pod's name" : "serviceName"}) and drops this value`,
          ko: `스테이트풀셋 컨트롤러가 파드마다 ${josa(key, "을/를")} ${key === "hostname" ? "파드 이름으로" : "serviceName으로"} 정하므로 이 값은 버려진다`,
        },
        {
          en:
            key === "hostname"
              ? "remove hostname; pods are named <name>-<ordinal>"
              : "remove subdomain; set serviceName instead",
          ko:
            key === "hostname"
              ? "hostname을 지운다. 파드 이름은 <이름>-<순서 번호>다"
              : "subdomain을 지우고 serviceName을 지정한다",
        },
      );
    }
  }
}

function hasStrings(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}
