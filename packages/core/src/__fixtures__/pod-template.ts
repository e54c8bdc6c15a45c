/**
 * Generated pod templates with every nested object filled in, and one-field mutations of them, shared by core's
 * property tests (src/properties.test.ts) and the e2e differential test (e2e/tests/differential.e2e.test.ts), which
 * sends both to a real API server. Every value the valid arbitraries produce is one the API server accepts (the e2e
 * test proves it on every run); every mutation breaks one nested field in a way the API server's validation (or its
 * strict decoding) rejects.
 */
import fc from "fast-check";

type Raw = Record<string, unknown>;

const dnsLabel = fc.stringMatching(/^[a-z]([a-z0-9-]{0,8}[a-z0-9])?$/);
const envName = fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,10}$/);
const seconds = (min: number, max: number) => fc.integer({ min, max });

const handler = fc.oneof(
  fc.record({ exec: fc.record({ command: fc.constantFrom(["cat", "/tmp/healthy"], ["true"]) }) }),
  fc.record({
    httpGet: fc.record(
      {
        path: fc.constantFrom("/", "/healthz", "/ready"),
        port: fc.oneof(fc.integer({ min: 1, max: 65535 }), fc.constant("http")),
        scheme: fc.constantFrom("HTTP", "HTTPS"),
        httpHeaders: fc.constant([{ name: "X-Probe", value: "podworks" }]),
      },
      { requiredKeys: ["port"] },
    ),
  }),
  fc.record({ tcpSocket: fc.record({ port: fc.integer({ min: 1, max: 65535 }) }) }),
  fc.record({ grpc: fc.record({ port: fc.integer({ min: 1, max: 65535 }) }) }),
);

/** A probe; liveness and startup probes must keep successThreshold at 1, readiness ones may not set a grace period. */
const probe = (kind: "liveness" | "readiness" | "startup") =>
  fc
    .tuple(
      handler,
      fc.record(
        {
          initialDelaySeconds: seconds(0, 60),
          periodSeconds: seconds(1, 60),
          timeoutSeconds: seconds(1, 30),
          failureThreshold: seconds(1, 10),
          successThreshold: kind === "readiness" ? seconds(1, 5) : fc.constant(1),
          terminationGracePeriodSeconds: seconds(1, 120),
        },
        { requiredKeys: [] },
      ),
    )
    .map(([h, timing]) => {
      const out: Raw = { ...h, ...timing };
      if (kind === "readiness") delete out.terminationGracePeriodSeconds;
      return out;
    });

const fieldPath = fc.constantFrom(
  "metadata.name",
  "metadata.namespace",
  "metadata.labels['app']",
  "metadata.annotations['team']",
  "spec.nodeName",
  "spec.serviceAccountName",
  "status.podIP",
  "status.hostIP",
);

const envSource = fc.oneof(
  fc.record({ value: fc.constantFrom("on", "", "a value with spaces") }),
  fieldPath.map((p) => ({ valueFrom: { fieldRef: { apiVersion: "v1", fieldPath: p } } })),
  fc
    .tuple(dnsLabel, dnsLabel, fc.boolean())
    .map(([name, key, optional]) => ({ valueFrom: { secretKeyRef: { name, key, optional } } })),
  fc.tuple(dnsLabel, dnsLabel).map(([name, key]) => ({ valueFrom: { configMapKeyRef: { name, key } } })),
  fc
    .constantFrom("limits.cpu", "limits.memory", "requests.cpu", "requests.memory")
    .map((resource) => ({ valueFrom: { resourceFieldRef: { resource } } })),
);

const env = fc
  .uniqueArray(envName, { minLength: 1, maxLength: 4 })
  .chain((names) => fc.tuple(...names.map((n) => envSource.map((s) => ({ name: n, ...s })))));

const volumeSource = fc.oneof(
  fc.record({
    emptyDir: fc.record(
      { medium: fc.constantFrom("", "Memory"), sizeLimit: fc.constantFrom("64Mi", "1Gi") },
      { requiredKeys: [] },
    ),
  }),
  fc.tuple(dnsLabel, seconds(0, 0o777)).map(([name, defaultMode]) => ({
    configMap: { name, defaultMode, items: [{ key: "config.yaml", path: "config.yaml" }] },
  })),
  fc.tuple(dnsLabel, fc.boolean()).map(([secretName, optional]) => ({ secret: { secretName, optional } })),
  fc.tuple(dnsLabel, seconds(600, 86400)).map(([name, expirationSeconds]) => ({
    projected: {
      sources: [
        { configMap: { name } },
        { downwardAPI: { items: [{ path: "labels", fieldRef: { fieldPath: "metadata.labels" } }] } },
        { serviceAccountToken: { path: "token", expirationSeconds } },
      ],
    },
  })),
  fc.constant({
    downwardAPI: { items: [{ path: "name", fieldRef: { fieldPath: "metadata.name" } }] },
  }),
  dnsLabel.map((claimName) => ({ persistentVolumeClaim: { claimName, readOnly: true } })),
);

const volumes = fc
  .uniqueArray(dnsLabel, { minLength: 1, maxLength: 4 })
  .chain((names) => fc.tuple(...names.map((name) => volumeSource.map((s) => ({ name, ...s })))));

const podSecurityContext = fc.record(
  {
    runAsUser: seconds(1000, 65535),
    runAsGroup: seconds(1000, 65535),
    fsGroup: seconds(1000, 65535),
    supplementalGroups: fc.uniqueArray(seconds(1000, 65535), { maxLength: 2 }),
    fsGroupChangePolicy: fc.constantFrom("OnRootMismatch", "Always"),
  },
  { requiredKeys: [] },
);

const containerSecurityContext = fc.record(
  {
    readOnlyRootFilesystem: fc.boolean(),
    runAsUser: seconds(1000, 65535),
    capabilities: fc.constantFrom({ drop: ["ALL"] }, { drop: ["ALL"], add: ["NET_BIND_SERVICE"] }),
  },
  { requiredKeys: [] },
);

const tolerations = fc.uniqueArray(
  fc.oneof(
    fc.record({
      key: dnsLabel.map((k) => `example.com/${k}`),
      operator: fc.constant("Equal"),
      value: dnsLabel,
      effect: fc.constantFrom("NoSchedule", "PreferNoSchedule"),
    }),
    fc.record({
      key: fc.constantFrom("node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"),
      operator: fc.constant("Exists"),
      effect: fc.constant("NoExecute"),
      tolerationSeconds: seconds(0, 3600),
    }),
  ),
  { minLength: 1, maxLength: 3, selector: (t) => `${t.key}/${t.effect}` },
);

const affinity = (app: string) =>
  fc.record({
    nodeAffinity: fc.record({
      requiredDuringSchedulingIgnoredDuringExecution: fc.constant({
        nodeSelectorTerms: [
          { matchExpressions: [{ key: "kubernetes.io/os", operator: "In", values: ["linux"] }] },
        ],
      }),
      preferredDuringSchedulingIgnoredDuringExecution: seconds(1, 100).map((weight) => [
        { weight, preference: { matchExpressions: [{ key: "example.com/fast-disk", operator: "Exists" }] } },
      ]),
    }),
    podAntiAffinity: seconds(1, 100).map((weight) => ({
      preferredDuringSchedulingIgnoredDuringExecution: [
        {
          weight,
          podAffinityTerm: {
            labelSelector: { matchLabels: { "app.kubernetes.io/name": app } },
            topologyKey: "kubernetes.io/hostname",
          },
        },
      ],
    })),
  });

const topologySpread = (app: string) =>
  fc
    .tuple(seconds(1, 5), fc.constantFrom("ScheduleAnyway", "DoNotSchedule"), seconds(1, 3))
    .map(([maxSkew, whenUnsatisfiable, minDomains]) => [
      {
        maxSkew,
        topologyKey: "topology.kubernetes.io/zone",
        whenUnsatisfiable,
        labelSelector: { matchLabels: { "app.kubernetes.io/name": app } },
        ...(whenUnsatisfiable === "DoNotSchedule" ? { minDomains } : {}),
      },
    ]);

const dns = fc.oneof(
  fc.record({
    dnsPolicy: fc.constant("None"),
    dnsConfig: fc.record({
      nameservers: fc.constantFrom(["10.96.0.10"], ["10.96.0.10", "1.1.1.1"]),
      searches: fc.constantFrom(["svc.cluster.local"], ["svc.cluster.local", "example.com"]),
      options: fc.constant([{ name: "ndots", value: "2" }, { name: "edns0" }]),
    }),
  }),
  fc.record({
    dnsPolicy: fc.constantFrom("ClusterFirst", "Default"),
    dnsConfig: fc.constant({ options: [{ name: "ndots", value: "5" }] }),
  }),
);

const hostAliases = fc.constantFrom(
  [{ ip: "10.1.2.3", hostnames: ["db.local", "cache.local"] }],
  [
    { ip: "127.0.0.1", hostnames: ["foo.local"] },
    { ip: "fd00::1", hostnames: ["bar.local"] },
  ],
);

/** The parts of one generated pod template (pod-level fields flat, as podworks specs write them). */
const template = (app: string) =>
  fc
    .record({
      liveness: probe("liveness"),
      readiness: probe("readiness"),
      startup: probe("startup"),
      env,
      volumes,
      readOnly: fc.boolean(),
      podSecurity: podSecurityContext,
      containerSecurity: containerSecurityContext,
      tolerations,
      affinity: affinity(app),
      spread: topologySpread(app),
      dns,
      hostAliases,
      preStop: fc.constantFrom(
        { exec: { command: ["sleep", "5"] } },
        { httpGet: { path: "/stop", port: 8080 } },
      ),
    })
    .map((t) => ({
      volumes: t.volumes,
      securityContext: t.podSecurity,
      tolerations: t.tolerations,
      affinity: t.affinity,
      topologySpreadConstraints: t.spread,
      ...t.dns,
      hostAliases: t.hostAliases,
      containers: [
        {
          name: "main",
          image: "busybox:1.37",
          command: ["tail", "-f", "/dev/null"],
          ports: [
            { name: "http", containerPort: 8080, protocol: "TCP" },
            { name: "metrics", containerPort: 9090 },
          ],
          env: t.env,
          envFrom: [
            { configMapRef: { name: "settings", optional: true } },
            { prefix: "S_", secretRef: { name: "creds" } },
          ],
          resources: { requests: { cpu: "100m", memory: "64Mi" }, limits: { cpu: "500m", memory: "128Mi" } },
          volumeMounts: t.volumes.map((v) => ({
            name: v.name,
            mountPath: `/mnt/${v.name}`,
            ...(t.readOnly ? { readOnly: true } : {}),
          })),
          livenessProbe: t.liveness,
          readinessProbe: t.readiness,
          startupProbe: t.startup,
          lifecycle: { preStop: t.preStop },
          securityContext: t.containerSecurity,
        },
      ],
    }));

/** A valid spec of each kind whose pod template has every nested object filled in. */
export const templateSpec: fc.Arbitrary<Raw> = fc.oneof(
  template("batch").map((t) => ({ kind: "Job", name: "batch", ...t })),
  template("nightly").map((t) => ({ kind: "CronJob", name: "nightly", schedule: "0 3 * * *", ...t })),
  template("agent").map((t) => ({ kind: "DaemonSet", name: "agent", ...t })),
  template("db").map((t) => ({ kind: "StatefulSet", name: "db", replicas: 2, ...t })),
);

/** One broken nested field: where, what, and which catalogue field owns the object it breaks. */
export interface NestedMutation {
  /** Short description, e.g. `livenessProbe.periodSeconds negative`. */
  readonly name: string;
  /** The spec path core should report (the field itself, or the object for a rule across its fields). */
  readonly path: string;
  /** The top-level catalogue field the broken object belongs to, e.g. `container.livenessProbe`. */
  readonly owner: `${"container" | "pod"}.${string}`;
  /** Writes the mistake into a copy of a `templateSpec`. */
  readonly apply: (spec: Raw) => Raw;
}

// biome-ignore lint/suspicious/noExplicitAny: mutations write into generated JSON freely.
type Json = any;

/** A deep copy of the spec, so a mutation never touches the generated value fast-check may reuse. */
function edit(spec: Raw, change: (s: Json, c: Json) => void): Raw {
  const copy = structuredClone(spec) as Json;
  change(copy, copy.containers[0]);
  return copy;
}

const PROBES = ["livenessProbe", "readinessProbe", "startupProbe"] as const;
const TIMINGS = [
  "initialDelaySeconds",
  "periodSeconds",
  "timeoutSeconds",
  "failureThreshold",
  "successThreshold",
];

const m = (
  name: string,
  path: string,
  owner: NestedMutation["owner"],
  change: (s: Json, c: Json) => void,
): NestedMutation => ({ name, path, owner, apply: (spec) => edit(spec, change) });

const C = "containers[0]";
const negative = fc.integer({ min: -100000, max: -1 });

/**
 * One-field mutations of nested objects, by kind of mistake (numbers out of range, wrong types, enum typos,
 * duplicated list entries, removed required fields, two handlers or sources where one is allowed). Each entry
 * is an arbitrary of its own, so a sampler can draw every kind of mistake, not only the likely ones.
 */
export const NESTED_MUTATIONS: readonly fc.Arbitrary<NestedMutation>[] = [
  // Numbers out of range.
  fc.tuple(fc.constantFrom(...PROBES), fc.constantFrom(...TIMINGS), negative).map(([p, f, n]) =>
    m(`${p}.${f} ${n}`, `${C}.${p}.${f}`, `container.${p}`, (_s, c) => {
      c[p][f] = n;
    }),
  ),
  fc.tuple(fc.constantFrom("livenessProbe", "startupProbe"), fc.integer({ min: 2, max: 10 })).map(([p, n]) =>
    m(`${p}.successThreshold ${n} (must be 1)`, `${C}.${p}.successThreshold`, `container.${p}`, (_s, c) => {
      c[p].successThreshold = n;
    }),
  ),
  fc.tuple(fc.constantFrom("livenessProbe", "startupProbe"), fc.integer({ min: -5, max: 0 })).map(([p, n]) =>
    m(
      `${p}.terminationGracePeriodSeconds ${n}`,
      `${C}.${p}.terminationGracePeriodSeconds`,
      `container.${p}`,
      (_s, c) => {
        c[p].terminationGracePeriodSeconds = n;
      },
    ),
  ),
  fc.constant(
    m(
      "readinessProbe.terminationGracePeriodSeconds set",
      `${C}.readinessProbe.terminationGracePeriodSeconds`,
      "container.readinessProbe",
      (_s, c) => {
        c.readinessProbe.terminationGracePeriodSeconds = 10;
      },
    ),
  ),
  fc
    .tuple(
      fc.constantFrom(...PROBES),
      fc.oneof(fc.integer({ min: 65536, max: 200000 }), negative, fc.constant(0)),
    )
    .map(([p, port]) =>
      m(`${p} tcpSocket port ${port}`, `${C}.${p}.tcpSocket.port`, `container.${p}`, (_s, c) => {
        c[p] = { tcpSocket: { port }, periodSeconds: 10 };
      }),
    ),
  fc
    .tuple(fc.constantFrom(...PROBES), fc.constantFrom("Not_A_Port", "toolongportname16", "80x-", "-http"))
    .map(([p, port]) =>
      m(`${p} httpGet port name "${port}"`, `${C}.${p}.httpGet.port`, `container.${p}`, (_s, c) => {
        c[p] = { httpGet: { path: "/", port }, periodSeconds: 10 };
      }),
    ),
  fc
    .tuple(fc.integer({ min: 65536, max: 100000 }), fc.constantFrom("containerPort", "hostPort"))
    .map(([n, f]) =>
      m(`ports[0].${f} ${n}`, `${C}.ports[0].${f}`, "container.ports", (_s, c) => {
        c.ports[0][f] = n;
      }),
    ),
  negative.map((n) =>
    m(`ports[1].containerPort ${n}`, `${C}.ports[1].containerPort`, "container.ports", (_s, c) => {
      c.ports[1].containerPort = n;
    }),
  ),
  fc.tuple(fc.constantFrom("runAsUser", "runAsGroup", "fsGroup"), negative).map(([f, n]) =>
    m(`securityContext.${f} ${n}`, `securityContext.${f}`, "pod.securityContext", (s) => {
      s.securityContext[f] = n;
    }),
  ),
  negative.map((n) =>
    m(
      `container securityContext.runAsUser ${n}`,
      `${C}.securityContext.runAsUser`,
      "container.securityContext",
      (_s, c) => {
        c.securityContext.runAsUser = n;
      },
    ),
  ),
  fc.oneof(fc.integer({ min: 512, max: 100000 }), negative).map((n) =>
    m(`configMap volume defaultMode ${n}`, "volumes[0].configMap.defaultMode", "pod.volumes", (s) => {
      s.volumes[0] = { name: s.volumes[0].name, configMap: { name: "settings", defaultMode: n } };
    }),
  ),
  fc.oneof(fc.integer({ min: 512, max: 100000 }), negative).map((n) =>
    m(`secret volume item mode ${n}`, "volumes[0].secret.items[0].mode", "pod.volumes", (s) => {
      s.volumes[0] = {
        name: s.volumes[0].name,
        secret: { secretName: "creds", items: [{ key: "k", path: "k", mode: n }] },
      };
    }),
  ),
  fc.integer({ min: 0, max: 599 }).map((n) =>
    m(
      `serviceAccountToken expirationSeconds ${n} (at least 600)`,
      "volumes[0].projected.sources[0].serviceAccountToken.expirationSeconds",
      "pod.volumes",
      (s) => {
        s.volumes[0] = {
          name: s.volumes[0].name,
          projected: { sources: [{ serviceAccountToken: { path: "token", expirationSeconds: n } }] },
        };
      },
    ),
  ),
  fc.integer({ min: -10, max: 0 }).map((n) =>
    m(
      `topologySpreadConstraints maxSkew ${n}`,
      "topologySpreadConstraints[0].maxSkew",
      "pod.topologySpreadConstraints",
      (s) => {
        s.topologySpreadConstraints[0].maxSkew = n;
      },
    ),
  ),
  fc.integer({ min: -10, max: 0 }).map((n) =>
    m(
      `topologySpreadConstraints minDomains ${n}`,
      "topologySpreadConstraints[0].minDomains",
      "pod.topologySpreadConstraints",
      (s) => {
        s.topologySpreadConstraints[0].whenUnsatisfiable = "DoNotSchedule";
        s.topologySpreadConstraints[0].minDomains = n;
      },
    ),
  ),
  fc.constant(
    m(
      "minDomains with ScheduleAnyway",
      "topologySpreadConstraints[0].minDomains",
      "pod.topologySpreadConstraints",
      (s) => {
        s.topologySpreadConstraints[0].whenUnsatisfiable = "ScheduleAnyway";
        s.topologySpreadConstraints[0].minDomains = 2;
      },
    ),
  ),
  fc.oneof(fc.integer({ min: 101, max: 1000 }), fc.integer({ min: -10, max: 0 })).map((n) =>
    m(
      `preferred node affinity weight ${n}`,
      "affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight",
      "pod.affinity",
      (s) => {
        s.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight = n;
      },
    ),
  ),
  fc.constantFrom("NoSchedule", "PreferNoSchedule").map((effect) =>
    m(`tolerationSeconds with effect ${effect}`, "tolerations[0].effect", "pod.tolerations", (s) => {
      s.tolerations[0] = { key: "example.com/gpu", operator: "Exists", effect, tolerationSeconds: 60 };
    }),
  ),
  fc.constantFrom(["1", "2", "3", "4"], ["10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4"]).map((ns) =>
    m(`dnsConfig with ${ns.length} nameservers`, "dnsConfig.nameservers", "pod.dnsConfig", (s) => {
      s.dnsPolicy = "None";
      s.dnsConfig = { nameservers: ns.map((n) => (n.includes(".") ? n : `10.0.0.${n}`)) };
    }),
  ),
  fc.integer({ min: 33, max: 40 }).map((n) =>
    m(`dnsConfig with ${n} search domains`, "dnsConfig.searches", "pod.dnsConfig", (s) => {
      s.dnsConfig = { searches: Array.from({ length: n }, (_, i) => `d${i}.example.com`) };
      if (s.dnsPolicy === "None") s.dnsConfig.nameservers = ["10.96.0.10"];
    }),
  ),
  fc.constantFrom("-1", "-100m", "-64Mi").map((q) =>
    m(`resources.requests.memory ${q}`, `${C}.resources.requests.memory`, "container.resources", (_s, c) => {
      c.resources.requests.memory = q;
    }),
  ),
  fc.constantFrom("1", "2", "750m").map((q) =>
    m(
      `resources.requests.cpu ${q} above the limit`,
      `${C}.resources.requests.cpu`,
      "container.resources",
      (_s, c) => {
        c.resources.requests.cpu = q;
      },
    ),
  ),
  fc.constantFrom("-1Gi", "-5").map((q) =>
    m(`emptyDir sizeLimit ${q}`, "volumes[0].emptyDir.sizeLimit", "pod.volumes", (s) => {
      s.volumes[0] = { name: s.volumes[0].name, emptyDir: { sizeLimit: q } };
    }),
  ),

  // Wrong types.
  fc
    .tuple(
      fc.constantFrom(...PROBES),
      fc.constantFrom(...TIMINGS),
      fc.constantFrom("10", true, [1], { n: 1 }),
    )
    .map(([p, f, v]) =>
      m(
        `${p}.${f} of type ${Array.isArray(v) ? "array" : typeof v}`,
        `${C}.${p}.${f}`,
        `container.${p}`,
        (_s, c) => {
          c[p][f] = v;
        },
      ),
    ),
  fc.constantFrom(42, true, { a: 1 }).map((v) =>
    m(`env value of type ${typeof v}`, `${C}.env[0].value`, "container.env", (_s, c) => {
      c.env[0] = { name: c.env[0].name, value: v };
    }),
  ),
  fc.constantFrom("80", true, 80.5).map((v) =>
    m(`containerPort ${JSON.stringify(v)}`, `${C}.ports[0].containerPort`, "container.ports", (_s, c) => {
      c.ports[0].containerPort = v;
    }),
  ),
  fc.constantFrom("yes", 1).map((v) =>
    m(
      `readOnlyRootFilesystem ${JSON.stringify(v)}`,
      `${C}.securityContext.readOnlyRootFilesystem`,
      "container.securityContext",
      (_s, c) => {
        c.securityContext.readOnlyRootFilesystem = v;
      },
    ),
  ),
  fc.constantFrom("x", 1, ["a"]).map((v) =>
    m(
      `emptyDir of type ${Array.isArray(v) ? "array" : typeof v}`,
      "volumes[0].emptyDir",
      "pod.volumes",
      (s) => {
        s.volumes[0] = { name: s.volumes[0].name, emptyDir: v };
      },
    ),
  ),
  fc.constantFrom("10.0.0.1", 7).map((v) =>
    m(`hostAliases hostnames of type ${typeof v}`, "hostAliases[0].hostnames", "pod.hostAliases", (s) => {
      s.hostAliases[0].hostnames = v;
    }),
  ),
  fc.constantFrom("2", 2.5).map((v) =>
    m(
      `maxSkew ${JSON.stringify(v)}`,
      "topologySpreadConstraints[0].maxSkew",
      "pod.topologySpreadConstraints",
      (s) => {
        s.topologySpreadConstraints[0].maxSkew = v;
      },
    ),
  ),
  fc.constantFrom("Exists", 1).map((v) =>
    m(`toleration as ${typeof v} instead of an object`, "tolerations", "pod.tolerations", (s) => {
      s.tolerations[0] = v;
    }),
  ),

  // Enum typos.
  fc.constantFrom("tcp", "TCPP", "HTTP", "udp").map((v) =>
    m(`ports protocol "${v}"`, `${C}.ports[0].protocol`, "container.ports", (_s, c) => {
      c.ports[0].protocol = v;
    }),
  ),
  fc.constantFrom("exists", "Equals", "In").map((v) =>
    m(`toleration operator "${v}"`, "tolerations[0].operator", "pod.tolerations", (s) => {
      s.tolerations[0] = { key: "example.com/gpu", operator: v, effect: "NoSchedule" };
    }),
  ),
  fc.constantFrom("NoSchedul", "noexecute", "Never").map((v) =>
    m(`toleration effect "${v}"`, "tolerations[0].effect", "pod.tolerations", (s) => {
      s.tolerations[0] = { key: "example.com/gpu", operator: "Exists", effect: v };
    }),
  ),
  fc.constantFrom("DoNotSchedul", "Schedule", "doNotSchedule").map((v) =>
    m(
      `whenUnsatisfiable "${v}"`,
      "topologySpreadConstraints[0].whenUnsatisfiable",
      "pod.topologySpreadConstraints",
      (s) => {
        s.topologySpreadConstraints[0].whenUnsatisfiable = v;
        delete s.topologySpreadConstraints[0].minDomains;
      },
    ),
  ),
  fc.constantFrom("HTTPX", "http", "TCP").map((v) =>
    m(`httpGet scheme "${v}"`, `${C}.livenessProbe.httpGet.scheme`, "container.livenessProbe", (_s, c) => {
      c.livenessProbe = { httpGet: { path: "/", port: 8080, scheme: v } };
    }),
  ),
  fc.constantFrom("Inn", "in", "Equals").map((v) =>
    m(
      `node selector operator "${v}"`,
      "affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].operator",
      "pod.affinity",
      (s) => {
        s.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].operator =
          v;
      },
    ),
  ),
  fc.constantFrom("RuntimeDefualt", "runtimedefault", "Default").map((v) =>
    m(`seccompProfile type "${v}"`, "securityContext.seccompProfile.type", "pod.securityContext", (s) => {
      s.securityContext.seccompProfile = { type: v };
    }),
  ),
  fc.constantFrom("Bidirectional2", "hostToContainer", "Shared").map((v) =>
    m(
      `mountPropagation "${v}"`,
      `${C}.volumeMounts[0].mountPropagation`,
      "container.volumeMounts",
      (_s, c) => {
        c.volumeMounts[0].mountPropagation = v;
      },
    ),
  ),
  fc.constantFrom("status.phase", "metadata.whoops", "metadata.labels", "spec.nodename").map((v) =>
    m(
      `env fieldRef fieldPath "${v}"`,
      `${C}.env[0].valueFrom.fieldRef.fieldPath`,
      "container.env",
      (_s, c) => {
        c.env[0] = { name: c.env[0].name, valueFrom: { fieldRef: { apiVersion: "v1", fieldPath: v } } };
      },
    ),
  ),
  fc.constantFrom("limits.gpu", "cpu", "requests.storage").map((v) =>
    m(
      `env resourceFieldRef resource "${v}"`,
      `${C}.env[0].valueFrom.resourceFieldRef.resource`,
      "container.env",
      (_s, c) => {
        c.env[0] = { name: c.env[0].name, valueFrom: { resourceFieldRef: { resource: v } } };
      },
    ),
  ),
  fc.constantFrom("OnRootMismatc", "Never").map((v) =>
    m(`fsGroupChangePolicy "${v}"`, "securityContext.fsGroupChangePolicy", "pod.securityContext", (s) => {
      s.securityContext.fsGroupChangePolicy = v;
    }),
  ),
  fc.constantFrom("periodSecond", "handler", "timeout").map((v) =>
    m(`unknown probe field "${v}"`, `${C}.livenessProbe.${v}`, "container.livenessProbe", (_s, c) => {
      c.livenessProbe[v] = 5;
    }),
  ),
  fc.constantFrom("secretname", "claimName", "readonly").map((v) =>
    m(`unknown secret volume field "${v}"`, `volumes[0].secret.${v}`, "pod.volumes", (s) => {
      s.volumes[0] = { name: s.volumes[0].name, secret: { secretName: "creds", [v]: "x" } };
    }),
  ),

  // Duplicated list entries.
  fc.constantFrom("name", "containerPort").map((key) =>
    m(`duplicate port ${key}`, `${C}.ports[1]`, "container.ports", (_s, c) => {
      c.ports[1] =
        key === "name"
          ? { ...c.ports[1], name: c.ports[0].name }
          : { containerPort: c.ports[0].containerPort, protocol: "TCP" };
    }),
  ),
  fc.constant(
    m("duplicate volume name", "volumes[1].name", "pod.volumes", (s) => {
      s.volumes[1] = { name: s.volumes[0].name, emptyDir: {} };
    }),
  ),
  fc.constant(
    m(
      "duplicate volumeMount mountPath",
      `${C}.volumeMounts[1].mountPath`,
      "container.volumeMounts",
      (s, c) => {
        s.volumes = [...s.volumes, { name: "extra-a", emptyDir: {} }, { name: "extra-b", emptyDir: {} }];
        c.volumeMounts = [
          { name: "extra-a", mountPath: "/mnt/same" },
          { name: "extra-b", mountPath: "/mnt/same" },
        ];
      },
    ),
  ),
  fc.constant(
    m(
      "duplicate topology spread constraint",
      "topologySpreadConstraints[1]",
      "pod.topologySpreadConstraints",
      (s) => {
        s.topologySpreadConstraints = [s.topologySpreadConstraints[0], { ...s.topologySpreadConstraints[0] }];
      },
    ),
  ),
  fc.constant(
    m("duplicate projected path", "volumes[0].projected.sources[1]", "pod.volumes", (s) => {
      s.volumes[0] = {
        name: s.volumes[0].name,
        projected: {
          sources: [
            { configMap: { name: "a", items: [{ key: "k", path: "same" }] } },
            { secret: { name: "b", items: [{ key: "k", path: "same" }] } },
          ],
        },
      };
    }),
  ),

  // Required fields removed.
  fc.constantFrom("name", "mountPath").map((f) =>
    m(`volumeMount without ${f}`, `${C}.volumeMounts[0].${f}`, "container.volumeMounts", (_s, c) => {
      delete c.volumeMounts[0][f];
    }),
  ),
  fc.constant(
    m("env entry without name", `${C}.env[0].name`, "container.env", (_s, c) => {
      delete c.env[0].name;
    }),
  ),
  fc.constantFrom("secretKeyRef", "configMapKeyRef").map((ref) =>
    m(`env ${ref} without key`, `${C}.env[0].valueFrom.${ref}.key`, "container.env", (_s, c) => {
      c.env[0] = { name: c.env[0].name, valueFrom: { [ref]: { name: "x" } } };
    }),
  ),
  fc.constant(
    m(
      "env fieldRef without fieldPath",
      `${C}.env[0].valueFrom.fieldRef.fieldPath`,
      "container.env",
      (_s, c) => {
        c.env[0] = { name: c.env[0].name, valueFrom: { fieldRef: { apiVersion: "v1" } } };
      },
    ),
  ),
  fc.constant(
    m("port without containerPort", `${C}.ports[0].containerPort`, "container.ports", (_s, c) => {
      delete c.ports[0].containerPort;
    }),
  ),
  fc.constantFrom(...PROBES).map((p) =>
    m(`${p} with no handler`, `${C}.${p}`, `container.${p}`, (_s, c) => {
      c[p] = { periodSeconds: 10, failureThreshold: 3 };
    }),
  ),
  fc.constantFrom(...PROBES).map((p) =>
    m(`${p} exec without command`, `${C}.${p}.exec.command`, `container.${p}`, (_s, c) => {
      c[p] = { exec: {} };
    }),
  ),
  fc.constant(
    m("volume without a name", "volumes[0].name", "pod.volumes", (s) => {
      const { name: _drop, ...rest } = s.volumes[0];
      s.volumes[0] = rest;
      s.containers[0].volumeMounts = s.containers[0].volumeMounts.slice(1);
    }),
  ),
  fc.constant(
    m(
      "topology spread without topologyKey",
      "topologySpreadConstraints[0].topologyKey",
      "pod.topologySpreadConstraints",
      (s) => {
        delete s.topologySpreadConstraints[0].topologyKey;
      },
    ),
  ),
  fc.constant(
    m(
      "node selector requirement without key",
      "affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].key",
      "pod.affinity",
      (s) => {
        delete s.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0]
          .matchExpressions[0].key;
      },
    ),
  ),
  fc.constant(
    m(
      "In requirement without values",
      "affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values",
      "pod.affinity",
      (s) => {
        s.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values =
          [];
      },
    ),
  ),
  fc.constant(
    m(
      "pod anti-affinity term without topologyKey",
      "affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.topologyKey",
      "pod.affinity",
      (s) => {
        delete s.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm
          .topologyKey;
      },
    ),
  ),
  fc.constant(
    m("dnsPolicy None without nameservers", "dnsConfig.nameservers", "pod.dnsConfig", (s) => {
      s.dnsPolicy = "None";
      s.dnsConfig = { searches: ["example.com"] };
    }),
  ),
  fc.constant(
    m("dnsConfig option without name", "dnsConfig.options[0].name", "pod.dnsConfig", (s) => {
      s.dnsConfig = { ...s.dnsConfig, options: [{ value: "2" }] };
    }),
  ),
  fc.constantFrom("not-an-ip", "300.1.1.1", "").map((ip) =>
    m(`hostAliases ip "${ip}"`, "hostAliases[0].ip", "pod.hostAliases", (s) => {
      s.hostAliases[0].ip = ip;
    }),
  ),
  fc.constantFrom("not an ip", "10.0.0.256").map((ip) =>
    m(`dnsConfig nameserver "${ip}"`, "dnsConfig.nameservers[0]", "pod.dnsConfig", (s) => {
      s.dnsPolicy = "None";
      s.dnsConfig = { nameservers: [ip] };
    }),
  ),
  fc.constant(
    m("toleration Equal without key", "tolerations[0].operator", "pod.tolerations", (s) => {
      s.tolerations[0] = { operator: "Equal", value: "x", effect: "NoSchedule" };
    }),
  ),
  fc.constant(
    // The API server names `operator`; core points at the value to remove. Either is the same mistake.
    m("toleration Exists with a value", "tolerations[0].value", "pod.tolerations", (s) => {
      s.tolerations[0] = { key: "example.com/gpu", operator: "Exists", value: "yes", effect: "NoSchedule" };
    }),
  ),

  // Two handlers or sources where one is allowed.
  fc.tuple(fc.constantFrom(...PROBES), fc.constantFrom("httpGet", "tcpSocket", "grpc")).map(([p, second]) =>
    m(`${p} with exec and ${second}`, `${C}.${p}`, `container.${p}`, (_s, c) => {
      const extra = second === "httpGet" ? { path: "/", port: 8080 } : { port: 8080 };
      c[p] = { exec: { command: ["true"] }, [second]: extra };
    }),
  ),
  fc.constantFrom("postStart", "preStop").map((hook) =>
    m(`lifecycle ${hook} with exec and httpGet`, `${C}.lifecycle.${hook}`, "container.lifecycle", (_s, c) => {
      c.lifecycle = { [hook]: { exec: { command: ["true"] }, httpGet: { path: "/", port: 8080 } } };
    }),
  ),
  fc.constant(
    m("lifecycle preStop with no handler", `${C}.lifecycle.preStop`, "container.lifecycle", (_s, c) => {
      c.lifecycle = { preStop: {} };
    }),
  ),
  fc.constantFrom("configMap", "secret", "persistentVolumeClaim").map((second) =>
    m(`volume with emptyDir and ${second}`, "volumes[0]", "pod.volumes", (s) => {
      const extra =
        second === "configMap"
          ? { name: "x" }
          : second === "secret"
            ? { secretName: "x" }
            : { claimName: "x" };
      s.volumes[0] = { name: s.volumes[0].name, emptyDir: {}, [second]: extra };
    }),
  ),
  fc.constant(
    m("env with value and valueFrom", `${C}.env[0].valueFrom`, "container.env", (_s, c) => {
      c.env[0] = {
        name: c.env[0].name,
        value: "x",
        valueFrom: { fieldRef: { apiVersion: "v1", fieldPath: "metadata.name" } },
      };
    }),
  ),
  fc.constant(
    m("env valueFrom with fieldRef and secretKeyRef", `${C}.env[0].valueFrom`, "container.env", (_s, c) => {
      c.env[0] = {
        name: c.env[0].name,
        valueFrom: {
          fieldRef: { apiVersion: "v1", fieldPath: "metadata.name" },
          secretKeyRef: { name: "s", key: "k" },
        },
      };
    }),
  ),
  fc.constant(
    m("env valueFrom with no source", `${C}.env[0].valueFrom`, "container.env", (_s, c) => {
      c.env[0] = { name: c.env[0].name, valueFrom: {} };
    }),
  ),
  fc.constant(
    m("envFrom with configMapRef and secretRef", `${C}.envFrom[0]`, "container.envFrom", (_s, c) => {
      c.envFrom[0] = { configMapRef: { name: "a" }, secretRef: { name: "b" } };
    }),
  ),
  fc.constant(
    m("projected source with configMap and secret", "volumes[0].projected.sources[0]", "pod.volumes", (s) => {
      s.volumes[0] = {
        name: s.volumes[0].name,
        projected: { sources: [{ configMap: { name: "a" }, secret: { name: "b" } }] },
      };
    }),
  ),
];

/** Any one of the mutations. */
export const nestedMutation: fc.Arbitrary<NestedMutation> = fc.oneof(...NESTED_MUTATIONS);

/**
 * True when core reported `path` itself, a field inside it, or the object directly holding it (Kubernetes and
 * core sometimes put a rule across an object's fields on the object: `env[0]` or `env[0].valueFrom`).
 */
export function reportsPath(paths: readonly string[], path: string): boolean {
  const parent = path.replace(/(\.[^.[\]]+|\[\d+\])$/, "");
  return paths.some(
    (p) => p === path || p === parent || p.startsWith(`${path}.`) || p.startsWith(`${path}[`),
  );
}
