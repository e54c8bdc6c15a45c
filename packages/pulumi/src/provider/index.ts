/**
 * `@podworks/pulumi/provider`: the podworks Pulumi component provider, programmatically. The plugin folder
 * `packages/pulumi/provider/` (PulumiPlugin.yaml, and the launcher `pulumi-resource-podworks`) starts `main()`;
 * `podworksSchema()` is the package schema the provider serves, generated from core's field catalogue.
 *
 * @packageDocumentation
 */
export { main } from "./main.js";
export { PodworksProvider } from "./provider.js";
export {
  PACKAGE_NAME,
  PACKAGE_VERSION,
  type PulumiComplexTypeSpec,
  type PulumiEnumTypeSpec,
  type PulumiEnumValueSpec,
  type PulumiObjectTypeSpec,
  type PulumiPackageSchema,
  type PulumiPropertySpec,
  type PulumiResourceSpec,
  type PulumiTypeSpec,
  podworksSchema,
  podworksSchemaJson,
} from "./schema/index.js";
