"""The seed's four workloads (examples/specs/*.yaml) deployed through the podworks Pulumi provider from Python.

The same program as the TypeScript examples/seed, with one difference: the specs are not validated here. The
provider validates every spec with @podworks/core when the component is constructed, so a broken spec stops
`pulumi preview` with core's report (English, or Korean with PODWORKS_LANG=ko) before anything is created.
"""

from pathlib import Path

import pulumi
import pulumi_kubernetes as k8s
import pulumi_podworks as podworks
import yaml

config = pulumi.Config()

# Every object goes into the provider's namespace (it must exist), as in the TypeScript seed.
provider = k8s.Provider(
    "cluster",
    namespace=config.get("namespace") or "default",
    kubeconfig=config.get("kubeconfig") or None,
)

# The specs are read as they are written: Kubernetes' field names (camelCase), which the SDK's input types accept
# as dictionary keys. `specsDir` and `specFiles` let a stack deploy other spec files.
specs_dir = Path(config.get("specsDir") or Path(__file__).resolve().parent.parent / "specs")
spec_files = config.get_object("specFiles") or ["job.yaml", "cron-job.yaml", "daemon-set.yaml", "stateful-set.yaml"]

COMPONENTS = {
    "Job": podworks.Job,
    "CronJob": podworks.CronJob,
    "DaemonSet": podworks.DaemonSet,
    "StatefulSet": podworks.StatefulSet,
}


def load(file: str) -> dict:
    path = specs_dir / file
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(spec, dict) or spec.get("kind") not in COMPONENTS:
        kinds = ", ".join(COMPONENTS)
        raise ValueError(f"{path}: expected one workload spec whose `kind` is one of {kinds}")
    return spec


names = []
opts = pulumi.ResourceOptions(providers=[provider])
for spec in map(load, spec_files):
    kind, name = spec["kind"], spec["name"]
    if kind == "Job":
        # `pulumi up` waits for the Job to complete, at most 300 seconds.
        workload = podworks.Job(name, spec=spec, timeout_seconds=300, opts=opts)
    else:
        workload = COMPONENTS[kind](name, spec=spec, opts=opts)
    names.append(workload.name)

pulumi.export("workloads", pulumi.Output.all(*names))
