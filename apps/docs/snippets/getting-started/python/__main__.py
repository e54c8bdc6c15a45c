import pulumi
import pulumi_podworks as podworks

web = podworks.StatefulSet(
    "web",
    spec={
        "replicas": 3,
        "containers": [
            {
                "name": "web",
                "image": "busybox:1.37",
                "command": ["tail", "-f", "/dev/null"],
                "ports": [{"name": "http", "container_port": 8080}],
                "volume_mounts": [{"name": "data", "mount_path": "/data"}],
                "resources": {"limits": {"cpu": "100m", "memory": "128Mi"}},
            }
        ],
        "volume_claim_templates": [
            {"name": "data", "resources": {"requests": {"storage": "1Gi"}}},
        ],
    },
)

pulumi.export("pvcNames", web.pvc_names)  # data-web-0, data-web-1, data-web-2
