/**
 * Exact-text replacements in a dependency's module as the site's bundler loads it, for the plugins that rewrite a
 * line of Docusaurus' client code (plugins/code-unit-order.ts, plugins/hydration-transitions.ts). A replacement
 * whose text is no longer in its module fails the build, so an upgrade that changes the code cannot silently undo
 * the rewrite.
 */

export interface Replacement {
  /** The modules it applies to, by the end of their path. */
  readonly module: RegExp;
  readonly from: string;
  readonly to: string;
}

/** The module's source with every replacement for it made; an error naming the plugin and module when one is missing. */
export function replaceInModule(
  source: string,
  resource: string,
  replacements: readonly Replacement[],
  plugin: string,
): string {
  let out = source;
  for (const { module, from, to } of replacements) {
    if (!module.test(resource)) continue;
    if (!out.includes(from)) {
      throw new Error(
        `${plugin}: ${resource} no longer contains \`${from}\`; check the code it belonged to after the Docusaurus ` +
          "upgrade and update the plugin's replacements (or drop the plugin if the code is gone)",
      );
    }
    out = out.split(from).join(to);
  }
  return out;
}
