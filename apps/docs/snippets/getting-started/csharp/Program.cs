using System.Collections.Generic;
using Podworks.Podworks;
using Podworks.Podworks.Inputs;
using Pulumi;

return await Deployment.RunAsync(() =>
{
    var web = new StatefulSet("web", new StatefulSetArgs
    {
        Spec = new StatefulSetSpecArgs
        {
            Replicas = 3,
            Containers =
            {
                new ContainerArgs
                {
                    Name = "web",
                    Image = "busybox:1.37",
                    Command = { "tail", "-f", "/dev/null" },
                    Ports = { new ContainerPortArgs { Name = "http", ContainerPort = 8080 } },
                    VolumeMounts = { new VolumeMountArgs { Name = "data", MountPath = "/data" } },
                    Resources = new ResourcesArgs
                    {
                        Limits =
                        {
                            ["cpu"] = Union<double, string>.FromT1("100m"),
                            ["memory"] = Union<double, string>.FromT1("128Mi"),
                        },
                    },
                },
            },
            VolumeClaimTemplates =
            {
                new VolumeClaimTemplateArgs
                {
                    Name = "data",
                    Resources = new VolumeClaimTemplateResourcesArgs
                    {
                        Requests = new VolumeClaimTemplateResourcesRequestsArgs { Storage = "1Gi" },
                    },
                },
            },
        },
    });

    // data-web-0, data-web-1, data-web-2
    return new Dictionary<string, object?> { ["pvcNames"] = web.PvcNames };
});
