// The seed's four workloads (examples/specs/*.yaml) deployed through the podworks Pulumi provider from Go.
//
// The same program as the TypeScript examples/seed, with one difference: the specs are not validated here. The
// provider validates every spec with @podworks/core when the component is constructed, so a broken spec stops
// `pulumi preview` with core's report (English, or Korean with PODWORKS_LANG=ko) before anything is created.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/podworks/podworks/sdk/go/podworks"
	"github.com/pulumi/pulumi-kubernetes/sdk/v4/go/kubernetes"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi/config"
	"gopkg.in/yaml.v3"
)

var defaultFiles = []string{"job.yaml", "cron-job.yaml", "daemon-set.yaml", "stateful-set.yaml"}

func main() {
	pulumi.Run(func(ctx *pulumi.Context) error {
		cfg := config.New(ctx, "")
		namespace := cfg.Get("namespace")
		if namespace == "" {
			namespace = "default"
		}
		// Every object goes into the provider's namespace (it must exist), as in the TypeScript seed.
		args := &kubernetes.ProviderArgs{Namespace: pulumi.String(namespace)}
		if kubeconfig := cfg.Get("kubeconfig"); kubeconfig != "" {
			args.Kubeconfig = pulumi.String(kubeconfig)
		}
		provider, err := kubernetes.NewProvider(ctx, "cluster", args)
		if err != nil {
			return err
		}

		// `specsDir` and `specFiles` let a stack deploy other spec files; the program runs in the project folder.
		dir := cfg.Get("specsDir")
		if dir == "" {
			dir = filepath.Join("..", "specs")
		}
		files := defaultFiles
		if err := cfg.TryObject("specFiles", &files); err != nil && err != config.ErrMissingVar {
			return fmt.Errorf("config specFiles: %w", err)
		}

		opts := pulumi.Providers(provider)
		var names pulumi.StringArray
		for _, file := range files {
			name, err := deploy(ctx, filepath.Join(dir, file), opts)
			if err != nil {
				return err
			}
			names = append(names, name)
		}
		ctx.Export("workloads", names)
		return nil
	})
}

// deploy reads one spec file and creates the component its `kind` names.
func deploy(ctx *pulumi.Context, path string, opts pulumi.ResourceOption) (pulumi.StringOutput, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return pulumi.StringOutput{}, err
	}
	var head struct {
		Kind string `yaml:"kind"`
		Name string `yaml:"name"`
	}
	if err := yaml.Unmarshal(raw, &head); err != nil {
		return pulumi.StringOutput{}, fmt.Errorf("%s: %w", path, err)
	}
	switch head.Kind {
	case "Job":
		var spec podworks.JobSpec
		if err := decode(path, raw, &spec); err != nil {
			return pulumi.StringOutput{}, err
		}
		// `pulumi up` waits for the Job to complete, at most 300 seconds.
		job, err := podworks.NewJob(ctx, head.Name, &podworks.JobArgs{
			Spec:           plainOutput[podworks.JobSpecOutput](spec),
			TimeoutSeconds: pulumi.IntPtr(300),
		}, opts)
		if err != nil {
			return pulumi.StringOutput{}, err
		}
		return job.Name, nil
	case "CronJob":
		var spec podworks.CronJobSpec
		if err := decode(path, raw, &spec); err != nil {
			return pulumi.StringOutput{}, err
		}
		cron, err := podworks.NewCronJob(ctx, head.Name, &podworks.CronJobArgs{
			Spec: plainOutput[podworks.CronJobSpecOutput](spec),
		}, opts)
		if err != nil {
			return pulumi.StringOutput{}, err
		}
		return cron.Name, nil
	case "DaemonSet":
		var spec podworks.DaemonSetSpec
		if err := decode(path, raw, &spec); err != nil {
			return pulumi.StringOutput{}, err
		}
		ds, err := podworks.NewDaemonSet(ctx, head.Name, &podworks.DaemonSetArgs{
			Spec: plainOutput[podworks.DaemonSetSpecOutput](spec),
		}, opts)
		if err != nil {
			return pulumi.StringOutput{}, err
		}
		return ds.Name, nil
	case "StatefulSet":
		var spec podworks.StatefulSetSpec
		if err := decode(path, raw, &spec); err != nil {
			return pulumi.StringOutput{}, err
		}
		sts, err := podworks.NewStatefulSet(ctx, head.Name, &podworks.StatefulSetArgs{
			Spec: plainOutput[podworks.StatefulSetSpecOutput](spec),
		}, opts)
		if err != nil {
			return pulumi.StringOutput{}, err
		}
		return sts.Name, nil
	}
	return pulumi.StringOutput{}, fmt.Errorf("%s: expected one workload spec whose `kind` is Job, CronJob, DaemonSet or StatefulSet, got %q", path, head.Kind)
}

// plainOutput turns a plain SDK value (a spec decoded from YAML) into the SDK's Output type of it, which the
// component's args take. It goes through ApplyT, which hands the value on as it is: pulumi.ToOutput would copy
// it field by field and turn every unset list and map into an empty one (`selector: {}`, `accessModes: []`), which
// the provider rightly rejects.
func plainOutput[O pulumi.Output, T any](value T) O {
	return pulumi.All().ApplyT(func([]any) T { return value }).(O)
}

// decode fills the SDK's spec type from the YAML as written (Kubernetes' field names). The SDK's plain types carry
// `pulumi:` tags only, so the YAML goes through JSON, whose decoder matches `restartPolicy` to `RestartPolicy`; a
// field the SDK's type does not have is an error here rather than silently dropped (the provider reports the rest).
func decode(path string, raw []byte, out any) error {
	var doc map[string]any
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	data, err := json.Marshal(doc)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(out); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
