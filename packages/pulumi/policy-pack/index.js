// Entry point the Pulumi CLI loads for `--policy-pack <this directory>`: it starts the policy pack.
import "../dist/policy/pack.js";
