/**
 * The StatefulSet guards as custom resources of the podworks provider itself. In TypeScript programs the guards are
 * `pulumi.dynamic.Resource`s, run by the engine's `pulumi-nodejs` dynamic provider host, which loads `@pulumi/pulumi`
 * from the program's folder: a Python, Go or YAML program has none. Inside the component provider the components
 * register `podworks:index:StatefulSetIdentityGuard` and `podworks:index:StatefulSetOwnerGuard` instead, which the
 * engine sends to this same plugin (the default provider of package `podworks`), and `PodworksProvider` answers their
 * check, diff, create, update and delete with the dynamic providers' own functions: same rules, same state shape.
 * They are not in the schema's resources, so the generated SDKs have no class for them.
 */
import * as pulumi from "@pulumi/pulumi";
import type * as provider from "@pulumi/pulumi/provider/index.js";
import {
  type GuardFactory,
  identityGuardProvider,
  ownerGuardProvider,
  type StatefulSetIdentityGuard,
  type StatefulSetOwnerGuard,
} from "../identity-guard.js";
import { PACKAGE_VERSION, token } from "./schema/index.js";

/** The type token of the identity guard inside the provider. */
export const IDENTITY_GUARD_RESOURCE = token("StatefulSetIdentityGuard");
/** The type token of the owner guard inside the provider. */
export const OWNER_GUARD_RESOURCE = token("StatefulSetOwnerGuard");

/** A guard registered with the engine as a custom resource of the podworks package. */
export class ProviderGuard extends pulumi.CustomResource {
  constructor(type: string, name: string, inputs: pulumi.Inputs, opts: pulumi.CustomResourceOptions) {
    // The version pins the guard to the plugin serving the components (the engine matches plugin versions).
    super(type, name, inputs, { version: PACKAGE_VERSION, ...opts });
  }
}

/**
 * The guards the provider's `main()` makes components use. The component keeps the TypeScript types of its fields
 * (`identityGuard`, `ownerGuard`); what it reads of them is what every custom resource has (`id`, `urn`).
 */
export const PROVIDER_GUARDS: GuardFactory = {
  identity: (name, args, opts) =>
    new ProviderGuard(
      IDENTITY_GUARD_RESOURCE,
      name,
      { ...args },
      opts,
    ) as unknown as StatefulSetIdentityGuard,
  owner: (name, args, opts) =>
    new ProviderGuard(OWNER_GUARD_RESOURCE, name, { ...args }, opts) as unknown as StatefulSetOwnerGuard,
};

const SECRET_SIG = "4dabf18193072939515e22adb298388d";
const SECRET = "1b47061264138c4ac30d75fd1eb44270";

/** The value with the engine's secret wrappers removed, for the guards' comparisons (their outputs keep them). */
export function unwrapSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unwrapSecrets);
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  if (record[SECRET_SIG] === SECRET) return unwrapSecrets(record.value);
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, unwrapSecrets(v)]));
}

/** The dynamic provider serving a guard type, or undefined for another type. */
function guardProvider(urn: string): pulumi.dynamic.ResourceProvider | undefined {
  const type = urn.split("::")[2]?.split("$").pop();
  if (type === IDENTITY_GUARD_RESOURCE) return identityGuardProvider;
  if (type === OWNER_GUARD_RESOURCE) return ownerGuardProvider;
  return undefined;
}

function unknownType(urn: string): Error {
  return new Error(`the podworks provider has no custom resource of type ${urn.split("::")[2] ?? urn}`);
}

type Inputs = Record<string, unknown>;

/** check/diff/create/read/update/delete of the guard resources, for `PodworksProvider`. */
export const guardOperations: Required<
  Pick<provider.Provider, "check" | "diff" | "create" | "read" | "update" | "delete">
> = {
  async check(urn, _olds, news) {
    if (!guardProvider(urn)) throw unknownType(urn);
    return { inputs: news };
  },
  async diff(id, urn, olds, news) {
    const served = guardProvider(urn);
    if (!served?.diff) throw unknownType(urn);
    return served.diff(id, unwrapSecrets(olds) as Inputs, unwrapSecrets(news) as Inputs);
  },
  async create(urn, inputs) {
    const served = guardProvider(urn);
    if (!served) throw unknownType(urn);
    const { id } = await served.create(unwrapSecrets(inputs) as Inputs);
    return { id, outs: inputs };
  },
  async read(id, _urn, props) {
    // Nothing lives outside the Pulumi state: what was recorded is what there is.
    return { id, props };
  },
  async update(id, urn, olds, news) {
    const served = guardProvider(urn);
    if (!served?.update) throw unknownType(urn);
    await served.update(id, unwrapSecrets(olds) as Inputs, unwrapSecrets(news) as Inputs);
    return { outs: news };
  },
  async delete(_id, urn) {
    if (!guardProvider(urn)) throw unknownType(urn);
  },
};
