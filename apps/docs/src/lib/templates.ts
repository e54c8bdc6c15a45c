/**
 * Starting points for the playground, one per kind, with comments in the page's language.
 * Each one is a valid spec (the unit test checks it with core).
 */
import type { Lang, WorkloadKind } from "@podworks/core";

type Templates = Record<WorkloadKind, Record<Lang, string>>;

/** The template the playground opens with. */
export const FIRST_KIND: WorkloadKind = "CronJob";

export const TEMPLATES: Templates = {
  Job: {
    en: `# A Job that must succeed 3 times, 2 pods at a time.
kind: Job
name: batch-import
completions: 3
parallelism: 2
backoffLimit: 4
ttlSecondsAfterFinished: 600
containers:
  - name: import
    image: busybox:1.37
    command: ["sh", "-c", "echo importing; sleep 5"]
    resources:
      limits: { cpu: 100m, memory: 64Mi }
`,
    ko: `# 성공 3번이 필요하고, 파드를 한 번에 2개씩 실행하는 잡.
kind: Job
name: batch-import
completions: 3
parallelism: 2
backoffLimit: 4
ttlSecondsAfterFinished: 600
containers:
  - name: import
    image: busybox:1.37
    command: ["sh", "-c", "echo importing; sleep 5"]
    resources:
      limits: { cpu: 100m, memory: 64Mi }
`,
  },
  CronJob: {
    en: `# A backup every night at 03:00 Seoul time; a run never overlaps the previous one.
kind: CronJob
name: nightly-backup
schedule: "0 3 * * *"
timeZone: Asia/Seoul
concurrencyPolicy: Forbid
jobTemplate:
  backoffLimit: 2
containers:
  - name: backup
    image: busybox:1.37
    command: ["sh", "-c", "echo backing up"]
`,
    ko: `# 매일 밤 서울 시각 03:00에 백업한다. 이전 실행과 겹치지 않는다.
kind: CronJob
name: nightly-backup
schedule: "0 3 * * *"
timeZone: Asia/Seoul
concurrencyPolicy: Forbid
jobTemplate:
  backoffLimit: 2
containers:
  - name: backup
    image: busybox:1.37
    command: ["sh", "-c", "echo backing up"]
`,
  },
  DaemonSet: {
    en: `# A log agent on every node, control-plane nodes included.
kind: DaemonSet
name: log-agent
tolerateControlPlane: true
containers:
  - name: agent
    image: busybox:1.37
    command: ["tail", "-f", "/dev/null"]
    resources:
      requests: { cpu: 100m, memory: 200Mi }
      limits: { cpu: 100m, memory: 200Mi }
`,
    ko: `# 컨트롤 플레인 노드를 포함한 모든 노드에서 실행하는 로그 에이전트.
kind: DaemonSet
name: log-agent
tolerateControlPlane: true
containers:
  - name: agent
    image: busybox:1.37
    command: ["tail", "-f", "/dev/null"]
    resources:
      requests: { cpu: 100m, memory: 200Mi }
      limits: { cpu: 100m, memory: 200Mi }
`,
  },
  StatefulSet: {
    en: `# Three pods (db-0, db-1, db-2), each with its own 10Gi claim that is kept.
kind: StatefulSet
name: db
replicas: 3
# The postgres image runs as user 999; fsGroup makes the volumes writable for it.
securityContext: { runAsUser: 999, runAsGroup: 999, fsGroup: 999 }
containers:
  - name: db
    image: postgres:17
    ports: [{ name: postgres, containerPort: 5432 }]
    volumeMounts: [{ name: data, mountPath: /var/lib/postgresql/data }]
volumeClaimTemplates:
  - name: data
    resources: { requests: { storage: 10Gi } }
`,
    ko: `# 파드 3개(db-0, db-1, db-2)가 각자 10Gi 클레임을 하나씩 가지며, 클레임은 보존된다.
kind: StatefulSet
name: db
replicas: 3
# postgres 이미지는 사용자 999로 실행된다. fsGroup을 지정하면 이 사용자가 볼륨에 쓸 수 있다.
securityContext: { runAsUser: 999, runAsGroup: 999, fsGroup: 999 }
containers:
  - name: db
    image: postgres:17
    ports: [{ name: postgres, containerPort: 5432 }]
    volumeMounts: [{ name: data, mountPath: /var/lib/postgresql/data }]
volumeClaimTemplates:
  - name: data
    resources: { requests: { storage: 10Gi } }
`,
  },
};
