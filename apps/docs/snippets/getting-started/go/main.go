package main

import (
	"github.com/podworks/podworks/sdk/go/podworks"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"
)

func main() {
	pulumi.Run(func(ctx *pulumi.Context) error {
		web, err := podworks.NewStatefulSet(ctx, "web", &podworks.StatefulSetArgs{
			Spec: &podworks.StatefulSetSpecArgs{
				Replicas: pulumi.Int(3),
				Containers: podworks.ContainerArray{
					&podworks.ContainerArgs{
						Name:         pulumi.String("web"),
						Image:        pulumi.String("busybox:1.37"),
						Command:      pulumi.ToStringArray([]string{"tail", "-f", "/dev/null"}),
						Ports:        podworks.ContainerPortArray{&podworks.ContainerPortArgs{Name: pulumi.String("http"), ContainerPort: pulumi.Int(8080)}},
						VolumeMounts: podworks.VolumeMountArray{&podworks.VolumeMountArgs{Name: pulumi.String("data"), MountPath: pulumi.String("/data")}},
						Resources: &podworks.ResourcesArgs{
							Limits: pulumi.Map{"cpu": pulumi.String("100m"), "memory": pulumi.String("128Mi")},
						},
					},
				},
				VolumeClaimTemplates: podworks.VolumeClaimTemplateArray{
					&podworks.VolumeClaimTemplateArgs{
						Name: pulumi.String("data"),
						Resources: &podworks.VolumeClaimTemplateResourcesArgs{
							Requests: &podworks.VolumeClaimTemplateResourcesRequestsArgs{Storage: pulumi.String("1Gi")},
						},
					},
				},
			},
		})
		if err != nil {
			return err
		}
		ctx.Export("pvcNames", web.PvcNames) // data-web-0, data-web-1, data-web-2
		return nil
	})
}
