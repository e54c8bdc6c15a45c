#!/usr/bin/env bash
# A local Kubernetes control plane on 127.0.0.1 for the e2e tests and for people:
# etcd, kube-apiserver (RBAC + Node authorization, PodSecurity admission), kube-controller-manager (all default
# controllers, per-controller service accounts), kube-scheduler and kwok with fake nodes, one of them a tainted
# control-plane node, plus a default StorageClass and static PersistentVolumes so claims bind.
#
#   e2e/cluster.sh start     start it (fresh etcd each time) and wait until it is ready; prints the kubeconfig path
#   e2e/cluster.sh stop      stop exactly the processes it started and wait for them to exit
#   e2e/cluster.sh status    show the processes and whether the API server is ready (exit 1 when not running)
#   e2e/cluster.sh env       print `export KUBECONFIG=... PATH=...` for `eval "$(e2e/cluster.sh env)"`
#   e2e/cluster.sh kubeconfig   print the kubeconfig's path
#   e2e/cluster.sh logs [component]   print the end of the components' logs
#
# Environment:
#   E2E_STATE_DIR   where certificates, data, logs and PIDs live (default ${TMPDIR:-/tmp}/podworks-e2e)
#   E2E_PORT_BASE   first of the loopback ports used (default 26440, below the ephemeral range 32768-60999 so no client socket can hold it; uses base+0 .. base+5)
#   E2E_BIN_DIR     binaries to use (default: the cache filled by e2e/build.sh)
#   E2E_WORKERS     number of fake worker nodes (default 3), E2E_PVS static PersistentVolumes (default 24)
set -eEuo pipefail

E2E_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STATE="${E2E_STATE_DIR:-${TMPDIR:-/tmp}/podworks-e2e}"
BASE="${E2E_PORT_BASE:-26440}"
API_PORT=$((BASE + 3)) # 26443
ETCD_PORT=$((BASE + 0))
ETCD_PEER_PORT=$((BASE + 1))
CM_PORT=$((BASE + 4))
SCHED_PORT=$((BASE + 5))
WORKERS="${E2E_WORKERS:-3}"
PVS="${E2E_PVS:-24}"
PIDS="$STATE/pids"
KUBECONFIG_FILE="$STATE/kubeconfig"
COMPONENTS=(etcd kube-apiserver kube-controller-manager kube-scheduler kwok)

T0=$(date +%s%N)
say() { echo "e2e cluster: [$(elapsed)s] $*"; }
elapsed() {
  local ms=$((($(date +%s%N) - T0) / 1000000))
  printf '%d.%d' $((ms / 1000)) $((ms % 1000 / 100))
}
die() { echo "e2e cluster: error: $*" >&2; exit 1; }

bin_dir() {
  if [[ -n "${E2E_BIN_DIR:-}" ]]; then echo "$E2E_BIN_DIR"; return; fi
  "$E2E_DIR/build.sh" --check || die "the cluster binaries are not built; run e2e/build.sh first (about 25 minutes on 2 cores, once)"
}

# PID of a component when its process is alive and still runs our binary; empty otherwise.
alive_pid() {
  local name="$1" pid exe
  [[ -f "$PIDS" ]] || return 0
  pid="$(awk -v n="$name" '$1 == n { print $2 }' "$PIDS")"
  [[ -n "$pid" && -d "/proc/$pid" ]] || return 0
  exe="$(readlink "/proc/$pid/exe" 2>/dev/null || true)"
  [[ "$(basename "${exe% (deleted)}")" == "$name" ]] && echo "$pid"
  return 0
}

any_alive() {
  local c
  for c in "${COMPONENTS[@]}"; do [[ -n "$(alive_pid "$c")" ]] && return 0; done
  return 1
}

# launch <name> <args...>: runs BIN/<name> in its own session, logs to STATE/logs/<name>.log, records its PID.
launch() {
  local name="$1"
  shift
  setsid "$BIN/$name" "$@" </dev/null >"$STATE/logs/$name.log" 2>&1 &
  echo "$name $!" >>"$PIDS"
}

# wait_for <what> <seconds> <command...>: retries the command every 0.2 s.
wait_for() {
  local what="$1" limit="$2" t0=$SECONDS
  shift 2
  until "$@" >/dev/null 2>&1; do
    if ((SECONDS - t0 >= limit)); then
      say "timed out after ${limit}s waiting for $what"
      return 1
    fi
    sleep 0.2
  done
}

require_alive() {
  local c
  for c in "$@"; do
    [[ -n "$(alive_pid "$c")" ]] || { say "$c exited; end of its log:"; tail -n 30 "$STATE/logs/$c.log" >&2; return 1; }
  done
}

port_free() { ! ss -Htan "sport = :$1" | grep . >/dev/null; } # any state: a client socket on the port blocks bind too

kc() { "$BIN/kubectl" --kubeconfig "$KUBECONFIG_FILE" "$@"; }

gen_certs() {
  local d="$STATE/pki"
  mkdir -p "$d"
  (
    cd "$d"
    openssl ecparam -name prime256v1 -genkey -noout -out ca.key 2>/dev/null
    openssl req -x509 -new -key ca.key -sha256 -days 30 -subj "/CN=podworks-e2e-ca" -out ca.crt 2>/dev/null
    cat >san.cnf <<EOF
[ext]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth, clientAuth
subjectAltName = IP:127.0.0.1, DNS:localhost, DNS:kubernetes, DNS:kubernetes.default, DNS:kubernetes.default.svc, DNS:kubernetes.default.svc.cluster.local, IP:10.96.0.1
[client]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = clientAuth
EOF
    # cert <file> <subject> <extension section>
    cert() {
      openssl ecparam -name prime256v1 -genkey -noout -out "$1.key" 2>/dev/null
      openssl req -new -key "$1.key" -subj "$2" -out "$1.csr" 2>/dev/null
      openssl x509 -req -in "$1.csr" -CA ca.crt -CAkey ca.key -CAcreateserial -days 30 -sha256 \
        -extfile san.cnf -extensions "$3" -out "$1.crt" 2>/dev/null
      rm -f "$1.csr"
    }
    cert apiserver "/CN=kube-apiserver" ext
    cert admin "/O=system:masters/CN=podworks-e2e-admin" client
    cert controller-manager "/CN=system:kube-controller-manager" client
    cert scheduler "/CN=system:kube-scheduler" client
    cert kwok "/O=system:masters/CN=kwok" client
    openssl genrsa -out sa.key 2048 2>/dev/null
    openssl rsa -in sa.key -pubout -out sa.pub 2>/dev/null
  )
}

# kubeconfig <file> <client cert name>
write_kubeconfig() {
  cat >"$1" <<EOF
apiVersion: v1
kind: Config
clusters:
  - name: podworks-e2e
    cluster:
      server: https://127.0.0.1:$API_PORT
      certificate-authority: $STATE/pki/ca.crt
users:
  - name: $2
    user:
      client-certificate: $STATE/pki/$2.crt
      client-key: $STATE/pki/$2.key
contexts:
  - name: podworks-e2e
    context:
      cluster: podworks-e2e
      user: $2
current-context: podworks-e2e
EOF
}

api_ready() {
  curl -sf --max-time 2 --cacert "$STATE/pki/ca.crt" --cert "$STATE/pki/admin.crt" --key "$STATE/pki/admin.key" \
    "https://127.0.0.1:$API_PORT/readyz" | grep -qx ok
}

healthz() { curl -skf --max-time 2 "https://127.0.0.1:$1/healthz" | grep -qx ok; }

nodes_ready() {
  local want=$((WORKERS + 1)) ready
  ready="$(kc get nodes -o jsonpath='{range .items[*]}{.status.conditions[?(@.type=="Ready")].status}{"\n"}{end}' | grep -cx True)"
  [[ "$ready" -ge "$want" ]]
}

node_manifest() {
  local name="$1" control_plane="$2"
  cat <<EOF
---
apiVersion: v1
kind: Node
metadata:
  name: $name
  annotations:
    kwok.x-k8s.io/node: fake
    node.alpha.kubernetes.io/ttl: "0"
  labels:
    kubernetes.io/hostname: $name
    kubernetes.io/os: linux
    kubernetes.io/arch: amd64
    type: kwok
EOF
  if [[ "$control_plane" == yes ]]; then
    cat <<EOF
    node-role.kubernetes.io/control-plane: ""
spec:
  taints:
    - key: node-role.kubernetes.io/control-plane
      effect: NoSchedule
EOF
  else
    echo "spec: {}"
  fi
  cat <<EOF
status:
  capacity: { cpu: "32", memory: 256Gi, pods: "110", ephemeral-storage: 1Ti }
  allocatable: { cpu: "32", memory: 256Gi, pods: "110", ephemeral-storage: 1Ti }
EOF
}

bootstrap_objects() {
  node_manifest kwok-control-plane yes
  local i
  for ((i = 1; i <= WORKERS; i++)); do node_manifest "kwok-worker-$i" no; done
  cat <<EOF
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard
  annotations:
    storageclass.kubernetes.io/is-default-class: "true"
provisioner: kubernetes.io/no-provisioner
volumeBindingMode: Immediate
reclaimPolicy: Retain
allowVolumeExpansion: true
EOF
  for ((i = 1; i <= PVS; i++)); do
    cat <<EOF
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: $(printf 'e2e-pv-%02d' "$i")
  labels: { podworks.dev/e2e: static }
spec:
  storageClassName: standard
  capacity: { storage: 10Gi }
  accessModes: [ReadWriteOnce, ReadOnlyMany, ReadWriteMany]
  persistentVolumeReclaimPolicy: Retain
  hostPath: { path: $STATE/volumes/$(printf 'pv-%02d' "$i"), type: DirectoryOrCreate }
EOF
  done
}

cmd_start() {
  BIN="$(bin_dir)"
  if any_alive; then
    if cmd_status >/dev/null 2>&1; then
      say "already running (state $STATE); kubeconfig $KUBECONFIG_FILE"
      return 0
    fi
    say "a partly running cluster was found in $STATE; stopping it first"
    cmd_stop
  fi
  local p
  for p in "$ETCD_PORT" "$ETCD_PEER_PORT" "$API_PORT" "$CM_PORT" "$SCHED_PORT"; do
    port_free "$p" || die "port 127.0.0.1:$p is in use (set E2E_PORT_BASE to move the cluster's ports)"
  done
  local t_start
  t_start=$(date +%s%N)
  rm -rf "$STATE"
  mkdir -p "$STATE/logs" "$STATE/etcd" "$STATE/volumes"
  : >"$PIDS"
  trap 'say "start failed; stopping what was started"; cmd_stop >&2' ERR
  # Interrupted (Ctrl-C, killed, or its output closed): stop what was started, quietly, and give up.
  trap 'trap "" PIPE; cmd_stop >/dev/null 2>&1; exit 1' INT TERM HUP PIPE

  say "certificates ..."
  gen_certs
  write_kubeconfig "$KUBECONFIG_FILE" admin
  write_kubeconfig "$STATE/controller-manager.kubeconfig" controller-manager
  write_kubeconfig "$STATE/scheduler.kubeconfig" scheduler
  write_kubeconfig "$STATE/kwok.kubeconfig" kwok
  local pki="$STATE/pki"

  say "etcd ..."
  launch etcd --name podworks-e2e --data-dir "$STATE/etcd" \
    --listen-client-urls "http://127.0.0.1:$ETCD_PORT" --advertise-client-urls "http://127.0.0.1:$ETCD_PORT" \
    --listen-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" --initial-advertise-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
    --initial-cluster "podworks-e2e=http://127.0.0.1:$ETCD_PEER_PORT" --initial-cluster-state new \
    --unsafe-no-fsync --quota-backend-bytes 2147483648 --log-level warn
  wait_for etcd 30 curl -sf --max-time 1 "http://127.0.0.1:$ETCD_PORT/health" || { require_alive etcd; false; }

  say "kube-apiserver ..."
  launch kube-apiserver --allow-privileged=true --bind-address 127.0.0.1 --secure-port "$API_PORT" --advertise-address 127.0.0.1 \
    --etcd-servers "http://127.0.0.1:$ETCD_PORT" \
    --tls-cert-file "$pki/apiserver.crt" --tls-private-key-file "$pki/apiserver.key" --client-ca-file "$pki/ca.crt" \
    --service-account-issuer https://kubernetes.default.svc.cluster.local \
    --service-account-key-file "$pki/sa.pub" --service-account-signing-key-file "$pki/sa.key" \
    --service-cluster-ip-range 10.96.0.0/16 --endpoint-reconciler-type none \
    --authorization-mode Node,RBAC --enable-admission-plugins NodeRestriction,PodSecurity \
    --cert-dir "$STATE/apiserver-certs" --profiling=false --v=1
  wait_for "the API server's /readyz" 90 api_ready || { require_alive kube-apiserver; false; }

  say "kube-controller-manager, kube-scheduler, kwok ..."
  local cmk="$STATE/controller-manager.kubeconfig" sk="$STATE/scheduler.kubeconfig"
  launch kube-controller-manager --kubeconfig "$cmk" --authentication-kubeconfig "$cmk" --authorization-kubeconfig "$cmk" \
    --bind-address 127.0.0.1 --secure-port "$CM_PORT" --cert-dir "$STATE/controller-manager-certs" \
    --leader-elect=false --controllers '*' --use-service-account-credentials \
    --service-account-private-key-file "$pki/sa.key" --root-ca-file "$pki/ca.crt" \
    --cluster-signing-cert-file "$pki/ca.crt" --cluster-signing-key-file "$pki/ca.key" \
    --cluster-name podworks-e2e --profiling=false --v=1
  launch kube-scheduler --kubeconfig "$sk" --authentication-kubeconfig "$sk" --authorization-kubeconfig "$sk" \
    --bind-address 127.0.0.1 --secure-port "$SCHED_PORT" --cert-dir "$STATE/scheduler-certs" \
    --leader-elect=false --profiling=false --v=1
  launch kwok --kubeconfig "$STATE/kwok.kubeconfig" --config "$E2E_DIR/cluster/kwok-stages.yaml" \
    --manage-all-nodes=false --manage-nodes-with-annotation-selector kwok.x-k8s.io/node=fake \
    --node-ip 127.0.0.1 --node-lease-duration-seconds 40

  say "nodes, storage class, $PVS persistent volumes ..."
  bootstrap_objects >"$STATE/bootstrap.yaml"
  wait_for "the bootstrap objects to apply" 30 kc apply --server-side -f "$STATE/bootstrap.yaml" ||
    { kc apply --server-side -f "$STATE/bootstrap.yaml" >&2; false; }

  wait_for "kube-controller-manager /healthz" 60 healthz "$CM_PORT" || { require_alive kube-controller-manager; false; }
  wait_for "kube-scheduler /healthz" 60 healthz "$SCHED_PORT" || { require_alive kube-scheduler; false; }
  wait_for "$((WORKERS + 1)) Ready nodes" 60 nodes_ready || { require_alive kwok; false; }
  wait_for "the default ServiceAccount" 60 kc -n default get serviceaccount default ||
    { require_alive kube-controller-manager; false; }
  require_alive "${COMPONENTS[@]}"
  trap - ERR INT TERM HUP PIPE

  local ms version
  ms=$((($(date +%s%N) - t_start) / 1000000))
  printf '%d.%03d\n' $((ms / 1000)) $((ms % 1000)) >"$STATE/start-seconds"
  version="$(kc get --raw /version | sed -n 's/.*"gitVersion": *"\([^"]*\)".*/\1/p')"
  say "ready in $(cat "$STATE/start-seconds")s: Kubernetes $version on https://127.0.0.1:$API_PORT, $((WORKERS + 1)) nodes"
  say "kubeconfig: $KUBECONFIG_FILE   (eval \"\$(e2e/cluster.sh env)\" to use it; e2e/cluster.sh stop to end it)"
}

# stop_group <component...>: SIGTERM to those still running, wait up to 10 s, then SIGKILL; waits until they exit.
stop_group() {
  local c pid pids=() i
  for c in "$@"; do
    pid="$(alive_pid "$c")"
    [[ -n "$pid" ]] || continue
    kill -TERM "$pid" 2>/dev/null || true
    pids+=("$c:$pid")
  done
  ((${#pids[@]} > 0)) || return 0
  for ((i = 0; i < 100; i++)); do
    local left=0
    for c in "${pids[@]}"; do running "${c#*:}" && left=$((left + 1)); done
    ((left == 0)) && break
    sleep 0.1
  done
  for c in "${pids[@]}"; do
    if running "${c#*:}"; then
      say "${c%%:*} (pid ${c#*:}) did not exit 10 s after SIGTERM; sending SIGKILL"
      kill -KILL "${c#*:}" 2>/dev/null || true
    fi
  done
  for c in "${pids[@]}"; do
    while running "${c#*:}"; do sleep 0.1; done
  done
  stopped=$((stopped + ${#pids[@]}))
}

# A process that exists and is not a zombie waiting for its parent to reap it.
running() { [[ -d "/proc/$1" ]] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null; }

cmd_stop() {
  [[ -f "$PIDS" ]] || { say "not running"; return 0; }
  stopped=0
  # Clients first, then the API server, then its storage, so nothing logs errors about a vanished dependency.
  stop_group kwok kube-scheduler kube-controller-manager
  stop_group kube-apiserver
  stop_group etcd
  rm -f "$PIDS"
  rm -rf "$STATE/etcd"
  say "stopped ($stopped processes); logs kept in $STATE/logs"
}

cmd_status() {
  local c pid running=0
  for c in "${COMPONENTS[@]}"; do
    pid="$(alive_pid "$c")"
    if [[ -n "$pid" ]]; then
      printf '  %-24s pid %s\n' "$c" "$pid"
      running=$((running + 1))
    else
      printf '  %-24s not running\n' "$c"
    fi
  done
  if ((running == 0)); then say "not running"; return 1; fi
  if api_ready; then say "API server ready on https://127.0.0.1:$API_PORT; kubeconfig $KUBECONFIG_FILE"; else say "API server not ready"; return 1; fi
  ((running == ${#COMPONENTS[@]})) || return 1
}

cmd_env() {
  local bin
  bin="$(bin_dir)"
  echo "export KUBECONFIG='$KUBECONFIG_FILE'"
  echo "export PATH='$bin':\"\$PATH\""
}

cmd_logs() {
  local c
  for c in "${@:-${COMPONENTS[@]}}"; do
    echo "==> $STATE/logs/$c.log <=="
    tail -n 40 "$STATE/logs/$c.log" 2>/dev/null || echo "(no log)"
  done
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  env) cmd_env ;;
  kubeconfig) echo "$KUBECONFIG_FILE" ;;
  logs) shift; cmd_logs "$@" ;;
  *) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 2 ;;
esac
