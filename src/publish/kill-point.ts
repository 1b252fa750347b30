/**
 * A fault-injection hook for the crash-safety tests, read by the publish step only.
 * With `ARCHIVE_KILL_AT=<marker>` in its environment, the build kills itself with
 * SIGKILL (as the OOM killer or a CI timeout would: no clean-up runs) on reaching
 * that marker. Without the variable, a marker does nothing.
 */
export const KILL_MARKERS = [
  /** The registry holds this build's new ids; the site is still in its staging folder. */
  "registry-written",
  /** The new site is complete in its own folder; the output still points at the old one. */
  "site-moved",
  /** An output of the old layout (a real folder) has been set aside, and nothing is at its place yet. */
  "output-set-aside",
  /** The output points at the new site; the old site's folder is not yet removed. */
  "site-linked",
] as const;

export type KillMarker = (typeof KILL_MARKERS)[number];

export function killPoint(marker: KillMarker): void {
  if (process.env.ARCHIVE_KILL_AT === marker) process.kill(process.pid, "SIGKILL");
}
