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
  readonly version = PACKAGE_VERSION;
  private schemaText: string | undefined;

  async getSchema(): Promise<string> {
    this.schemaText ??= podworksSchemaJson();
    return this.schemaText;
  }

  construct: NonNullable<provider.Provider["construct"]> = constructComponent;
  check = guardOperations.check;
  diff = guardOperations.diff;
  create = guardOperations.create;
  read = guardOperations.read;
  update = guardOperations.update;
  delete = guardOperations.delete;
}
