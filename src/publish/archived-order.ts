import type { Registry } from "./registry.ts";

/**
 * The published ids, the most recently archived first. The registry does not
 * record yet when an id entered the archive, but the build only ever appends to
 * it, so its lines are in the order of archiving; ids this build publishes for the
 * first time are the newest of all (in id order among themselves, as the build
 * appends them). When the registry carries an archived date, order by it here.
 */
export function archivedOrder(registry: Registry, published: ReadonlySet<string>, newIds: readonly string[]): string[] {
  const registered = [...registry]
    .filter(([id]) => published.has(id))
    .sort(([a, x], [b, y]) => (x.line ?? Infinity) - (y.line ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([id]) => id);
  return [...registered, ...newIds].reverse();
}
