// The plugin's main module. It must export no ComponentResource class: the Node.js host's run-plugin would then
// boot its schema-inferring componentProviderHost instead (see docs/decisions/0015-pulumi-component-provider.md).
// The path is relative, so it works from this monorepo and from an npm install of @podworks/pulumi alike.
import { main } from "../dist/provider/main.js";

main();
