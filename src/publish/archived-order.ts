import type { Registry } from "./registry.ts";

/**
 * The published ids, the most recently archived first: by the day each entered
 * the archive (`archivedOn`, from the registry), and among one day's ids by
 * where they stand in the registry, which the build only ever appends to; ids
 * this build publishes for the first time are the newest of all.
 */
export function archivedOrder(registry: Registry, published: ReadonlySet<string>, newIds: readonly string[], archivedOn: ReadonlyMap<string, string>): string[] {
  const registered = [...registry]
    .filter(([id]) => published.has(id))
    .sort(([a, x], [b, y]) => (x.line ?? Infinity) - (y.line ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([id]) => id);
  const appended = [...registered, ...newIds];
  const position = new Map(appended.map((id, i) => [id, i]));
  const day = (id: string): string => archivedOn.get(id) ?? "";
  return appended.sort((a, b) => (day(a) === day(b) ? position.get(b)! - position.get(a)! : day(a) < day(b) ? 1 : -1));
}
