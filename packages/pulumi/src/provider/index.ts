/**
 * `@podworks/pulumi/provider`: the podworks Pulumi component provider, programmatically. The plugin folder
 * `packages/pulumi/provider/` (PulumiPlugin.yaml) starts `main()`; `podworksSchema()` is the package schema.
 *
 * @packageDocumentation
 */
export { COMPONENTS, componentSpec, constructComponent, resolveDeep, validationError } from "./construct.js";
export {
  IDENTITY_GUARD_RESOURCE,
  OWNER_GUARD_RESOURCE,
  PROVIDER_GUARDS,
  ProviderGuard,
  unwrapSecrets,
} from "./guards.js";
export { main } from "./main.js";
export { PodworksProvider } from "./provider.js";
export {
  PACKAGE_NAME,
  PACKAGE_VERSION,
  type PulumiComplexTypeSpec,
  type PulumiPackageSchema,
  type PulumiPropertySpec,
  type PulumiResourceSpec,
  type PulumiTypeSpec,
  podworksSchema,
  podworksSchemaJson,
} from "./schema/index.js";
