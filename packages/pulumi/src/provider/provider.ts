/**
 * The podworks component provider: the schema generated from core's catalogue, `construct` for the four
 * components, and the CRUD of the two StatefulSet guards the components register inside it.
 */
import type * as provider from "@pulumi/pulumi/provider/index.js";
import { constructComponent } from "./construct.js";
import { guardOperations } from "./guards.js";
import { PACKAGE_VERSION, podworksSchemaJson } from "./schema/index.js";

/** The provider `main()` serves; a class so that tests (and other hosts) can make one. */
export class PodworksProvider implements provider.Provider {
  /** The plugin's version, `@podworks/pulumi`'s. */
  readonly version = PACKAGE_VERSION;
  private schemaText: string | undefined;

  /** A provider; it takes no configuration. */
  // biome-ignore lint/complexity/noUselessConstructor: the API reference documents the constructor through this comment
  constructor() {}

  /** The package schema (`podworksSchemaJson()`), generated once per process. */
  async getSchema(): Promise<string> {
    this.schemaText ??= podworksSchemaJson();
    return this.schemaText;
  }

  /** Builds one of the four components from a program's inputs and returns its URN and outputs. */
  construct: NonNullable<provider.Provider["construct"]> = constructComponent;
  /** Checks the inputs of a guard resource (they are taken as they are). */
  check: NonNullable<provider.Provider["check"]> = guardOperations.check;
  /** Diffs a guard resource: refuses, at preview, a change that would orphan the StatefulSet's claims. */
  diff: NonNullable<provider.Provider["diff"]> = guardOperations.diff;
  /** Creates a guard resource: its state is its inputs. */
  create: NonNullable<provider.Provider["create"]> = guardOperations.create;
  /** Reads a guard resource: what the state recorded is what there is. */
  read: NonNullable<provider.Provider["read"]> = guardOperations.read;
  /** Updates a guard resource, refusing what its diff refuses. */
  update: NonNullable<provider.Provider["update"]> = guardOperations.update;
  /** Deletes a guard resource (nothing lives outside the state). */
  delete: NonNullable<provider.Provider["delete"]> = guardOperations.delete;
}
